import { Badge, Text } from '@mantine/core';
import type { SendReport } from '../api';
import { DataTable, type Column } from './DataTable';

type Recipient = SendReport['recipients'][number];

const columns: Column<Recipient>[] = [
  { cell: (r) => r.address },
  {
    cell: (r) => (
      <Badge color={r.accepted ? 'teal' : 'red'} variant="light">
        {r.accepted ? 'Accepted' : 'Rejected'}
      </Badge>
    ),
  },
  {
    cell: (r) => (
      <Text size="xs" c="dimmed">
        {r.code ? `${r.code} ${r.message}` : r.message}
      </Text>
    ),
  },
];

/** SendReportTable shows how the mail server answered for each recipient of a test send. */
export function SendReportTable({ report }: { report: SendReport }) {
  return <DataTable columns={columns} rows={report.recipients} rowKey={(r) => r.address} data-testid="send-report" />;
}
