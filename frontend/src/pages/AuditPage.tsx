import { Card, Group, Select, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { api, type AuditEvent, type AuditFilter } from '../api';
import { AuditEventDrawer } from '../components/audit/AuditEventDrawer';
import { DataTable, type Column } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks/useLoad';

const periods: Record<string, number> = { day: 1, week: 7, month: 31 };

const columns: Column<AuditEvent>[] = [
  { header: 'When', nowrap: true, cell: (e) => formatDateTime(e.at) },
  { header: 'Who', cell: (e) => e.actor },
  { header: 'Action', cell: (e) => <code>{e.action}</code> },
  { header: 'Release', cell: (e) => e.release || '—' },
  { header: 'What happened', cell: (e) => e.summary },
  { header: 'Comment', cell: (e) => e.comment || <Text size="sm" c="dimmed">—</Text> },
];

/** AuditPage lists who did what and when, with filters; a row opens the event with its before and after. */
export function AuditPage() {
  const [release, setRelease] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [open, setOpen] = useState<AuditEvent | null>(null);
  const all = useLoad(() => api.listAudit(), []);
  const filter: AuditFilter = {
    release: release ?? '',
    action: action ?? '',
    ...(period ? { since: new Date(Date.now() - periods[period] * 86400000).toISOString() } : {}),
  };
  const events = useLoad(() => api.listAudit(filter), [release, action, period]);

  const releases = [...new Set((all.data ?? []).map((e) => e.release).filter(Boolean))].sort();
  const actions = [...new Set((all.data ?? []).map((e) => e.action))].sort();

  return (
    <>
      <PageHeader title="Audit log" subtitle="Every change made through Rollout Desk: who, when, before and after. Click a row for the details." />
      <Group mb="sm">
        <Select aria-label="Release" placeholder="All releases" clearable data={releases} value={release} onChange={setRelease} />
        <Select aria-label="Action" placeholder="All actions" clearable data={actions} value={action} onChange={setAction} />
        <Select
          aria-label="Period"
          placeholder="Any time"
          clearable
          data={[
            { value: 'day', label: 'Last 24 hours' },
            { value: 'week', label: 'Last 7 days' },
            { value: 'month', label: 'Last 31 days' },
          ]}
          value={period}
          onChange={setPeriod}
        />
      </Group>
      {events.error && <ErrorAlert message={events.error} />}
      {!events.data && !events.error && <Loading />}
      {events.data?.length === 0 && (
        <EmptyState icon={<IconHistory />} title="Nothing logged yet">
          <Text size="sm" c="dimmed">
            Changes such as loading the demo, syncing and kill-switch actions appear here.
          </Text>
        </EmptyState>
      )}
      {events.data && events.data.length > 0 && (
        <Card withBorder p={0}>
          <DataTable
            columns={columns}
            rows={events.data}
            rowKey={(e) => e.id}
            onRowClick={setOpen}
            highlightOnHover
            rowTestId="audit-row"
            data-testid="audit-table"
          />
        </Card>
      )}
      <AuditEventDrawer event={open} onClose={() => setOpen(null)} />
    </>
  );
}
