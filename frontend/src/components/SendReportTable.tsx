import { Badge, Text } from '@mantine/core';
import type { SendReport } from '../api';
import { DataTable, type Column } from './DataTable';

type Recipient = SendReport['recipients'][number];

/** How each recipient's status reads: sent, refused by the server, not an address, or held back. */
const statuses: Record<string, { label: string; color: string }> = {
  sent: { label: 'Sent', color: 'teal' },
  refused: { label: 'Refused', color: 'red' },
  invalid: { label: 'Not an email address', color: 'orange' },
  not_sent: { label: 'Not sent', color: 'gray' },
};

/** recipientStatus names a recipient's outcome; a report from before statuses existed falls back on accepted. */
export function recipientStatus(r: Recipient): { label: string; color: string } {
  return statuses[r.status] ?? (r.accepted ? statuses.sent : statuses.refused);
}

const columns: Column<Recipient>[] = [
  { cell: (r) => r.address },
  {
    cell: (r) => {
      const s = recipientStatus(r);
      return (
        <Badge color={s.color} variant="light">
          {s.label}
        </Badge>
      );
    },
  },
  {
    cell: (r) => (
      <Text size="xs" c="dimmed">
        {r.reason || (r.code ? `${r.code} ${r.message}` : r.message)}
      </Text>
    ),
  },
];

/** SendReportTable shows what happened for each recipient of a test send, in the order they were given. */
export function SendReportTable({ report }: { report: SendReport }) {
  const rows = report.recipients.map((r, i) => ({ ...r, index: i }));
  return <DataTable columns={columns} rows={rows} rowKey={(r) => String(r.index)} data-testid="send-report" />;
}
