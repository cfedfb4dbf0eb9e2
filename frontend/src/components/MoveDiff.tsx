import { Text } from '@mantine/core';
import type { FlagChange } from '../api';
import { servingSummary } from '../format';
import { DataTable, type Column } from './DataTable';

const columns: Column<FlagChange>[] = [
  {
    header: 'Flag',
    cell: (c) => (
      <>
        {c.link.flag_key}
        {c.note && (
          <Text size="xs" c="orange">
            {c.note}
          </Text>
        )}
        {c.refused && (
          <Text size="xs" c="red" data-testid="move-refused">
            Cannot be written: {c.refused}
          </Text>
        )}
      </>
    ),
  },
  { header: 'Environment', cell: (c) => c.link.environment },
  { header: 'Now', cell: (c) => servingSummary(c.before) },
  {
    header: 'After',
    cell: (c) => (
      <Text span inherit fw={600}>
        {servingSummary({ serving: c.after })}
      </Text>
    ),
  },
];

/** MoveDiff is a phase move's dry run: each flag's default rule now and after, and why a flag cannot be written. */
export function MoveDiff({ changes, to }: { changes: FlagChange[]; to: string }) {
  return (
    <DataTable
      columns={columns}
      rows={changes}
      rowKey={(c) => `${c.link.provider}/${c.link.environment}/${c.link.flag_key}`}
      empty={
        <Text size="sm" c="dimmed">
          Every linked flag already serves what “{to}” plans: only the phase changes.
        </Text>
      }
      data-testid="move-diff"
    />
  );
}
