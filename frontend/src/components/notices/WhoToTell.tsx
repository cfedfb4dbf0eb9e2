import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileZip, IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import { api, type Notice } from '../../api';
import { useAction } from '../../hooks/useAction';
import type { Loaded } from '../../hooks/useLoad';
import { ChannelBadge } from '../ChannelBadge';
import { confirmRemoval } from '../confirmRemoval';
import { DataTable, type Column } from '../DataTable';
import { EmptyState } from '../EmptyState';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { NoticeActions } from './NoticeActions';
import { NoticePreviewDialog } from './NoticePreviewDialog';
import { NoticeSendDialog } from './NoticeSendDialog';
import { exportable, happened, newestFirst, stateBadge, waiting } from './noticeText';

type Open = { kind: 'preview' | 'send'; notice: Notice } | null;

/**
 * WhoToTell lists the notices drafted for a release when a flag was killed
 * or a phase rolled back, newest first: what happened, the notice and its
 * audience, and whether it went out. Notices can be previewed, exported
 * (which marks them exported), sent to test addresses (email) or dismissed.
 */
export function WhoToTell({ release, notices }: { release: string; notices: Loaded<Notice[]> }) {
  const list = newestFirst(notices.data ?? []);
  const [picked, setPicked] = useState<number[] | null>(null);
  const selected = picked ?? exportable(list, waiting(list).map((n) => n.id));
  const [open, setOpen] = useState<Open>(null);
  const [savedTo, setSavedTo] = useState('');
  const exportNotices = useAction((ids: number[]) => api.exportNoticesFile(release, ids), { errorTitle: 'Export failed', sticky: true });
  const dismiss = useAction(api.dismissNotice, { errorTitle: 'Not dismissed', success: 'Notice dismissed.' });

  const runExport = async () => {
    const ids = exportable(list, selected);
    const saved = await exportNotices.run(ids);
    if (saved.ok && saved.value) {
      setSavedTo(`Saved ${ids.length === 1 ? '1 notice' : `${ids.length} notices`} to ${saved.value}; they are marked exported.`);
      setPicked(null);
      notices.reload();
    }
  };
  const askDismiss = (n: Notice) =>
    confirmRemoval({
      title: `Dismiss “${n.title || n.template}”?`,
      text: `Nobody needs to hear about this ${n.trigger}. The notice stays listed as dismissed, and is left out of exports by default.`,
      confirm: 'Dismiss notice',
      onConfirm: async () => {
        if ((await dismiss.run(n.id)).ok) notices.reload();
      },
    });
  const toggle = (id: number, on: boolean) => setPicked(on ? [...selected, id] : selected.filter((s) => s !== id));

  const columns: Column<Notice>[] = [
    {
      cell: (n) => (
        <Checkbox
          aria-label={`Select ${n.title || n.template}`}
          checked={selected.includes(n.id)}
          disabled={n.problem !== ''}
          onChange={(e) => toggle(n.id, e.currentTarget.checked)}
        />
      ),
      width: 36,
    },
    {
      header: 'What happened',
      cell: (n) => {
        const h = happened(n);
        return (
          <>
            <Text size="sm" fw={500}>
              {h.headline}
            </Text>
            <Text size="xs" c="dimmed">
              {h.detail}
            </Text>
          </>
        );
      },
    },
    {
      header: 'Notice',
      cell: (n) => (
        <>
          <Text size="sm">{n.title || '—'}</Text>
          <Text size="xs" c={n.problem ? 'red' : 'dimmed'}>
            {n.problem ? `Does not render: ${n.problem}` : `${n.template}.md`}
          </Text>
        </>
      ),
    },
    {
      header: 'For',
      cell: (n) => (
        <Stack gap={2} align="flex-start">
          <ChannelBadge channel={n.channel} />
          <Text size="xs">{n.audience || '—'}</Text>
        </Stack>
      ),
    },
    {
      header: 'State',
      nowrap: true,
      cell: (n) => (
        <Badge color={stateBadge(n.state).color} variant="light" data-testid="notice-state">
          {stateBadge(n.state).label}
        </Badge>
      ),
    },
    {
      cell: (n) => (
        <NoticeActions
          notice={n}
          onPreview={() => setOpen({ kind: 'preview', notice: n })}
          onSend={() => setOpen({ kind: 'send', notice: n })}
          onDismiss={() => askDismiss(n)}
        />
      ),
    },
  ];

  return (
    <Card withBorder p={0} data-testid="who-to-tell">
      <Group justify="space-between" p="md" pb="xs" wrap="nowrap">
        <div>
          <Title order={3}>Who to tell</Title>
          <Text size="sm" c="dimmed">
            Notices drafted when a flag was killed or a phase rolled back, from the incident and rollback templates.
          </Text>
        </div>
        <Button
          style={{ flexShrink: 0 }}
          leftSection={<IconFileZip size={16} />}
          onClick={runExport}
          loading={exportNotices.busy}
          disabled={exportable(list, selected).length === 0}
        >
          Export selected ({exportable(list, selected).length})
        </Button>
      </Group>
      {savedTo && (
        <Alert color="teal" mx="md" mb="xs" withCloseButton onClose={() => setSavedTo('')} data-testid="notices-saved">
          {savedTo}
        </Alert>
      )}
      {notices.error && <ErrorAlert message={notices.error} />}
      {!notices.data && !notices.error && <Loading />}
      {notices.data && (
        <DataTable
          columns={columns}
          rows={list}
          rowKey={(n) => n.id}
          rowTestId="notice"
          verticalSpacing="xs"
          empty={
            <EmptyState icon={<IconSpeakerphone />} title="Nobody to tell yet">
              <Text size="sm" c="dimmed">
                Killing a linked flag or rolling a phase back drafts a notice here from each incident or rollback template.
              </Text>
            </EmptyState>
          }
        />
      )}
      {open?.kind === 'preview' && <NoticePreviewDialog notice={open.notice} onClose={() => setOpen(null)} />}
      {open?.kind === 'send' && <NoticeSendDialog notice={open.notice} onSent={notices.reload} onClose={() => setOpen(null)} />}
    </Card>
  );
}
