import { Button, Select, Tabs, Text } from '@mantine/core';
import { IconCalendarEvent, IconCalendarTime, IconChecklist, IconGitCompare, IconMail, IconSend, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api';
import { CalendarDialog } from '../components/CalendarDialog';
import { AsOfView } from '../components/communications/AsOfView';
import { BundleMenu } from '../components/communications/BundleMenu';
import { ChangesView } from '../components/communications/ChangesView';
import { CheckView } from '../components/communications/CheckView';
import { DueView } from '../components/communications/DueView';
import { TemplatesView } from '../components/communications/TemplatesView';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { SendTestDialog } from '../components/SendTestDialog';
import { useLoad } from '../hooks/useLoad';
import { useReleasePicker } from '../hooks/useReleasePicker';
import { useTab } from '../hooks/useTab';

const tabs = ['templates', 'due', 'check', 'changes', 'asof'] as const;

/**
 * CommunicationsPage edits the per-phase templates with a live preview and
 * exports them, and shows what goes out when, what the chosen release's
 * communications miss, what changed since the last export, and the release
 * as of a chosen day. The chosen release and phase live in the address
 * (?release=KEY&phase=NAME) and are remembered.
 */
export function CommunicationsPage() {
  const templates = useLoad(() => api.listTemplates(), []);
  const picker = useReleasePicker();
  const [tab, setTab] = useTab(tabs);
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'' | 'send' | 'calendar'>('');
  const current =
    templates.data?.find((t) => t.name === selected) ?? templates.data?.find((t) => !t.name.startsWith('_')) ?? templates.data?.[0];
  const openTemplate = (name: string) => {
    setSelected(name);
    setTab('templates');
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
              allowDeselect={false}
              w={170}
            />
            <Select
              aria-label="Phase"
              placeholder="Phase"
              data={picker.phases}
              value={picker.phase}
              onChange={picker.setPhase}
              allowDeselect={false}
              w={120}
            />
            <Button variant="default" leftSection={<IconSend size={16} />} disabled={!picker.release || !picker.phase} onClick={() => setDialog('send')}>
              Send test
            </Button>
            <Button variant="default" leftSection={<IconCalendarEvent size={16} />} disabled={!picker.release} onClick={() => setDialog('calendar')}>
              Calendar
            </Button>
            <BundleMenu release={picker.release} phase={picker.phase} />
          </>
        }
      />
      {dialog === 'send' && picker.release && picker.phase && (
        <SendTestDialog release={picker.release} phase={picker.phase} initial={current?.name} onClose={() => setDialog('')} />
      )}
      {dialog === 'calendar' && picker.release && <CalendarDialog release={picker.release} onClose={() => setDialog('')} />}
      {(templates.error || picker.error) && <ErrorAlert message={templates.error ?? picker.error!} />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="templates" leftSection={<IconTemplate size={16} />}>
            Templates
          </Tabs.Tab>
          <Tabs.Tab value="due" leftSection={<IconCalendarEvent size={16} />}>
            Due
          </Tabs.Tab>
          <Tabs.Tab value="check" leftSection={<IconChecklist size={16} />}>
            Check
          </Tabs.Tab>
          <Tabs.Tab value="changes" leftSection={<IconGitCompare size={16} />}>
            Changes since export
          </Tabs.Tab>
          <Tabs.Tab value="asof" leftSection={<IconCalendarTime size={16} />}>
            Preview as of
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="templates">
          {!templates.data && !templates.error && <Loading />}
          {templates.data?.length === 0 && (
            <EmptyState icon={<IconMail />} title="No templates">
              <Text size="sm" c="dimmed">
                Templates are Markdown files with YAML front matter; import a folder of them with <code>rolloutdesk templates import DIR</code>.
              </Text>
            </EmptyState>
          )}
          {current && (
            <TemplatesView
              templates={templates.data!}
              current={current}
              release={picker.release}
              phase={picker.phase}
              onSelect={setSelected}
              onSaved={templates.reload}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="due">
          <DueView />
        </Tabs.Panel>
        <Tabs.Panel value="check">{picker.release ? <CheckView release={picker.release} onOpenTemplate={openTemplate} /> : <NoRelease />}</Tabs.Panel>
        <Tabs.Panel value="changes">{picker.release ? <ChangesView release={picker.release} /> : <NoRelease />}</Tabs.Panel>
        <Tabs.Panel value="asof">{picker.release ? <AsOfView release={picker.release} /> : <NoRelease />}</Tabs.Panel>
      </Tabs>
    </>
  );
}

/** NoRelease says a view needs a release first. */
function NoRelease() {
  return (
    <Text size="sm" c="dimmed">
      Create or load a release first: this view is about one release.
    </Text>
  );
}
