import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { api, type DriftReport, type FlagLink, type Phase, type StoredFlag } from '../api';
import { VerdictBadge } from '../components/VerdictBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { PhaseBadge } from '../components/PhaseBadge';
import { formatDate, formatDateTime, formatPercent, percentServing } from '../format';
import { useLoad } from '../hooks/useLoad';

/** ReleasePage shows one release: its phases and linked flags. */
export function ReleasePage() {
  const { key = '' } = useParams();
  const loaded = useLoad(async () => {
    const [plan, flags, drift] = await Promise.all([api.getRelease(key), api.listFlags(), api.getDrift(key)]);
    return { plan, flags, drift };
  }, [key]);

  if (loaded.error) return <ErrorAlert message={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const { plan, flags, drift } = loaded.data;
  const active = plan.phases.find((p) => p.status === 'active');

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs">
            {plan.release.name}
            {plan.release.demo && (
              <Badge color="orange" variant="light">
                Demo
              </Badge>
            )}
          </Group>
        }
        subtitle={
          <>
            <Anchor component={Link} to="/releases" size="sm">
              Releases
            </Anchor>{' '}
            / {plan.release.key} · owner {plan.release.owner || 'unassigned'}
          </>
        }
      />
      <Stack gap="lg">
        {plan.release.description && <Text>{plan.release.description}</Text>}
        <Card withBorder>
          <Title order={3} mb="sm">
            Phases
          </Title>
          <SimpleGrid cols={{ base: 2, md: Math.min(plan.phases.length, 5) }} spacing="sm">
            {plan.phases.map((p) => (
              <PhaseCard key={p.name} phase={p} />
            ))}
          </SimpleGrid>
        </Card>
        <Card withBorder p={0}>
          <Group justify="space-between" p="md" pb="xs">
            <Title order={3}>Linked flags</Title>
            <Text size="sm" c="dimmed">
              {active ? `Expected in the active phase, “${active.name}”, against the last synced state` : 'No phase is active'}
            </Text>
          </Group>
          <LinkedFlags links={plan.links} active={active} flags={flags} drift={drift} />
        </Card>
      </Stack>
    </>
  );
}

function PhaseCard({ phase }: { phase: Phase }) {
  return (
    <Card withBorder padding="sm" bg={phase.status === 'active' ? 'indigo.0' : undefined} data-testid="phase-card">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text fw={600}>{phase.name}</Text>
        <PhaseBadge status={phase.status} />
      </Group>
      <Text size="xs" c="dimmed">
        {formatDate(phase.planned_start)} – {formatDate(phase.planned_end)}
      </Text>
      <Text size="sm" mt={4}>
        {phase.audience || '—'}
      </Text>
      {phase.expect && (
        <Text size="xs" mt={4}>
          Expect {phase.expect.on ? `on, ${formatPercent(phase.expect.percent)}` : 'off'}
          {phase.expect.segments?.length ? ` + ${phase.expect.segments.join(', ')}` : ''}
        </Text>
      )}
      {phase.exit.length > 0 && (
        <List size="xs" mt={6} spacing={2} center>
          {phase.exit.map((c) => (
            <List.Item
              key={c.text}
              icon={
                c.done ? (
                  <IconCircleCheck size={14} color="var(--mantine-color-teal-6)" />
                ) : (
                  <IconCircleDashed size={14} color="var(--mantine-color-gray-5)" />
                )
              }
            >
              {c.text}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function findFlag(flags: StoredFlag[], link: FlagLink): StoredFlag | undefined {
  return flags.find(
    (f) =>
      f.provider === link.provider &&
      f.project === link.project &&
      f.environment === link.environment &&
      f.key === link.flag_key,
  );
}

function expectationFor(phase: Phase | undefined, link: FlagLink) {
  if (!phase) return undefined;
  const own = phase.flag_expects.find((fe) => fe.flag_key === link.flag_key && fe.environment === link.environment);
  return own?.expect ?? phase.expect;
}

function LinkedFlags({ links, active, flags, drift }: { links: FlagLink[]; active?: Phase; flags: StoredFlag[]; drift: DriftReport }) {
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Flag</Table.Th>
          <Table.Th>Environment</Table.Th>
          <Table.Th>Released variation</Table.Th>
          <Table.Th>Expected</Table.Th>
          <Table.Th>Actual</Table.Th>
          <Table.Th>Last synced</Table.Th>
          <Table.Th>Verdict</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {links.map((l) => {
          const flag = findFlag(flags, l);
          const expect = expectationFor(active, l);
          const verdict = drift.flags.find(
            (d) => d.provider === l.provider && d.project === l.project && d.environment === l.environment && d.key === l.flag_key,
          );
          return (
            <Table.Tr key={l.id} data-testid="linked-flag">
              <Table.Td>
                <Text fw={500}>{l.flag_key}</Text>
                <Text size="xs" c="dimmed">
                  {l.provider} · {l.project}
                </Text>
              </Table.Td>
              <Table.Td>{l.environment}</Table.Td>
              <Table.Td>
                <code>{l.variation}</code>
              </Table.Td>
              <Table.Td>{expect ? (expect.on ? `On, ${formatPercent(expect.percent)}` : 'Off') : '—'}</Table.Td>
              <Table.Td>
                {flag ? (flag.on ? `On, ${formatPercent(percentServing(flag, l.variation))}` : 'Off') : 'Not synced'}
              </Table.Td>
              <Table.Td>{flag ? formatDateTime(flag.checked_at) : '—'}</Table.Td>
              <Table.Td maw={320}>
                {verdict ? (
                  <>
                    <VerdictBadge verdict={verdict.verdict} />
                    <Text size="xs" c="dimmed" mt={2}>
                      {verdict.reason}
                    </Text>
                  </>
                ) : (
                  <Text size="xs" c="dimmed">
                    Not planned in this phase
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
