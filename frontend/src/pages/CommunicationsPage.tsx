import { Button, Card, Grid, Group, Menu, NavLink, Select, Text } from '@mantine/core';
import { IconCalendarEvent, IconChevronDown, IconFileZip, IconMail, IconSend } from '@tabler/icons-react';
import { CalendarDialog } from '../components/CalendarDialog';
import { SendTestDialog } from '../components/SendTestDialog';
import { useState } from 'react';
import { api } from '../api';
import { ChannelBadge } from '../components/ChannelBadge';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { TemplateEditor } from '../components/TemplateEditor';
import { useExport } from '../hooks/useExport';
import { useLoad } from '../hooks/useLoad';
import { useReleasePicker } from '../hooks/useReleasePicker';

/** CommunicationsPage edits the per-phase templates with a live preview and exports them. */
export function CommunicationsPage() {
  const templates = useLoad(() => api.listTemplates(), []);
  const picker = useReleasePicker();
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'' | 'send' | 'calendar'>('');
  const current =
    templates.data?.find((t) => t.name === selected) ?? templates.data?.find((t) => !t.name.startsWith('_')) ?? templates.data?.[0];

  const exportBundle = useExport('Bundle', api.exportBundleFile);
  const exportPhase = (phase: string) => {
    if (picker.release) exportBundle.run(picker.release, phase);
  };

  return (
    <>
      <PageHeader
        title="Communications"
        subtitle="Markdown templates per phase for customer emails, in-app announcements and support guides."
        actions={
          <>
            <Select
              aria-label="Release"
              placeholder="Release"
              data={picker.releases.map((r) => ({ value: r.key, label: r.name }))}
              value={picker.release}
              onChange={picker.setRelease}
              w={180}
            />
            <Select aria-label="Phase" placeholder="Phase" data={picker.phases} value={picker.phase} onChange={picker.setPhase} w={130} />
            <Button variant="default" leftSection={<IconSend size={16} />} disabled={!picker.release} onClick={() => setDialog('send')}>
              Send test
            </Button>
            <Button variant="default" leftSection={<IconCalendarEvent size={16} />} disabled={!picker.release} onClick={() => setDialog('calendar')}>
              Calendar
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconFileZip size={16} />} rightSection={<IconChevronDown size={14} />} disabled={!picker.release}>
                  Export bundle
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => exportPhase(picker.phase ?? '')}>This phase ({picker.phase})</Menu.Item>
                <Menu.Item onClick={() => exportPhase('')}>Every phase of the release</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      {dialog === 'send' && picker.release && picker.phase && templates.data && (
        <SendTestDialog
          release={picker.release}
          phase={picker.phase}
          templates={templates.data}
          initial={current?.name}
          onClose={() => setDialog('')}
        />
      )}
      {dialog === 'calendar' && picker.release && <CalendarDialog release={picker.release} onClose={() => setDialog('')} />}
      {(templates.error || picker.error) && <ErrorAlert message={templates.error ?? picker.error!} />}
      {!templates.data && !templates.error && <Loading />}
      {templates.data?.length === 0 && (
        <EmptyState icon={<IconMail />} title="No templates">
          <Text size="sm" c="dimmed">
            Templates are Markdown files with YAML front matter; import a folder of them with{' '}
            <code>rolloutdesk templates import DIR</code>.
          </Text>
        </EmptyState>
      )}
      {current && (
        <Grid>
          <Grid.Col span={3}>
            <Card withBorder p={4}>
              {templates.data!.map((t) => (
                <NavLink
                  key={t.name}
                  active={t.name === current.name}
                  onClick={() => setSelected(t.name)}
                  label={
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" truncate>
                        {t.name}
                      </Text>
                      <ChannelBadge channel={t.channel} />
                    </Group>
                  }
                  description={t.phase === '*' ? 'every phase' : t.phase}
                />
              ))}
            </Card>
          </Grid.Col>
          <Grid.Col span={9}>
            <TemplateEditor template={current} release={picker.release} phase={picker.phase} onSaved={templates.reload} />
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
