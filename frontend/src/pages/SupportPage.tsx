import { Badge, Button, Card, Grid, Group, List, Select, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconLifebuoy, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, type SupportHit } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { PhaseBadge } from '../components/PhaseBadge';
import { SupportHitDrawer } from '../components/support/SupportHitDrawer';
import { useLoad } from '../hooks/useLoad';
import { useReleasePicker } from '../hooks/useReleasePicker';

/** snippetParts splits a search snippet at its [[match]] markers. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  return snippet
    .split(/(\[\[.*?\]\])/)
    .filter(Boolean)
    .map((part) => (part.startsWith('[[') ? { text: part.slice(2, -2), match: true } : { text: part, match: false }));
}

/**
 * SupportPage is support's read-only view: each phase's guides, what changed
 * for customers, and search across every guide, whose hits open in a drawer.
 * The release and phase come from the address (?release=KEY&phase=NAME), so
 * the release page can link to a phase's guide.
 */
export function SupportPage() {
  const picker = useReleasePicker();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SupportHit[] | null>(null);
  const [opened, setOpened] = useState<SupportHit | null>(null);
  const [, setParams] = useSearchParams();
  const showPhase = (h: SupportHit) => {
    setOpened(null);
    setParams({ release: h.release, phase: h.phase }, { replace: true });
  };
  const view = useLoad(
    async () => (picker.release && picker.phase ? api.supportView(picker.release, picker.phase) : null),
    [picker.release, picker.phase],
  );

  useEffect(() => {
    if (!query.trim()) {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => api.searchSupport(query).then(setHits), 200);
    return () => clearTimeout(timer);
  }, [query]);

  const print = () => {
    const w = window.open('', '_blank');
    if (w && view.data) {
      w.document.write(view.data.print_html);
      w.document.close();
      w.print();
    } else {
      window.print();
    }
  };

  return (
    <>
      <PageHeader
        title="Support guides"
        subtitle="What support needs per phase: who has it, what changed, how to help, when to escalate."
        actions={
          <>
            <Select
              aria-label="Release"
              data={picker.releases.map((r) => ({ value: r.key, label: r.name }))}
              value={picker.release}
              onChange={picker.setRelease}
              w={180}
            />
            <Select aria-label="Phase" data={picker.phases} value={picker.phase} onChange={picker.setPhase} w={130} />
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={print} disabled={!view.data}>
              Print
            </Button>
          </>
        }
      />
      <TextInput
        aria-label="Search every guide"
        placeholder="Search every support guide, e.g. “payment button”"
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        mb="md"
      />
      {hits && (
        <Card withBorder mb="md" data-testid="support-hits">
          <Title order={4} mb="xs">
            {hits.length === 0 ? 'No guide mentions that' : `${hits.length} match${hits.length === 1 ? '' : 'es'}`}
          </Title>
          <Stack gap="xs">
            {hits.map((h) => (
              <UnstyledButton
                key={`${h.release}/${h.phase}/${h.template}/${h.title}`}
                onClick={() => setOpened(h)}
                aria-label={`Open ${h.title} (${h.release}, ${h.phase})`}
                data-testid="support-hit"
                style={{ display: 'block', width: '100%', textAlign: 'left', borderRadius: 4 }}
              >
                <Group gap="xs">
                  <Text fw={600} size="sm" c="indigo.7">
                    {h.title}
                  </Text>
                  <Badge size="xs" variant="light">
                    {h.release} · {h.phase}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {snippetParts(h.snippet).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </Card>
      )}
      <SupportHitDrawer hit={opened} onClose={() => setOpened(null)} onShowPhase={showPhase} />
      {(view.error || picker.error) && <ErrorAlert message={view.error ?? picker.error!} />}
      {picker.releases.length === 0 && !picker.error && (
        <EmptyState icon={<IconLifebuoy />} title="No releases yet">
          <Text size="sm" c="dimmed">
            Support guides are written per release phase. Create a release first.
          </Text>
        </EmptyState>
      )}
      {view.loading && !view.data && picker.release && <Loading />}
      {view.data && (
        <Grid>
          <Grid.Col span={4}>
            <Card withBorder data-testid="phase-changes">
              <Group justify="space-between" mb="xs">
                <Title order={4}>{view.data.phase}</Title>
                <PhaseBadge status={view.data.status} />
              </Group>
              <Text size="sm" mb="xs">
                {view.data.audience}
              </Text>
              <Text size="sm" fw={600}>
                What changes for customers
              </Text>
              <List size="sm" spacing={4}>
                {view.data.changes.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </Card>
          </Grid.Col>
          <Grid.Col span={8}>
            <Stack>
              {view.data.guides.length === 0 && <Text size="sm">No support guide applies to this phase.</Text>}
              {view.data.guides.map((g) => (
                <Card withBorder key={g.template} data-testid="support-guide">
                  {/* Sanitised by the Go side before it gets here. */}
                  <div className="support-guide" dangerouslySetInnerHTML={{ __html: g.html }} />
                </Card>
              ))}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
