import { Badge, Card, Text, Title } from '@mantine/core';
import type { SyncRun } from '../../api';
import { formatDateTime } from '../../format';
import { DataTable, type Column } from '../DataTable';

const statusColor = (status: string) => (status === 'ok' ? 'teal' : status === 'running' ? 'blue' : 'red');

const columns: Column<SyncRun>[] = [
  { header: 'Started', nowrap: true, cell: (s) => formatDateTime(s.started_at) },
  { header: 'Provider', cell: (s) => s.provider },
  { header: 'Project', cell: (s) => s.project },
  {
    header: 'Result',
    cell: (s) => (
      <>
        <Badge color={statusColor(s.status)} variant="light">
          {s.status}
        </Badge>{' '}
        <Text span size="xs" c="dimmed">
          {s.error}
        </Text>
      </>
    ),
  },
  { header: 'Flags', cell: (s) => s.flags },
  { header: 'Changed', cell: (s) => s.changed },
];

/** SyncHistoryCard lists the ten latest sync runs and how each ended. */
export function SyncHistoryCard({ syncs }: { syncs: SyncRun[] }) {
  return (
    <Card withBorder>
      <Title order={3} mb="xs">
        Recent syncs
      </Title>
      <DataTable
        columns={columns}
        rows={syncs.slice(0, 10)}
        rowKey={(s) => s.id}
        empty={<Text size="sm">No syncs yet.</Text>}
        data-testid="sync-runs"
      />
    </Card>
  );
}
