import { Group, Text } from '@mantine/core';
import type { ReadinessReason } from '../../api';
import { reasonContext, statusStyle } from '../../readiness';
import { DataTable, type Column } from '../DataTable';
import { ReasonTitle } from './ReasonTitle';
import { StatusIcon } from './StatusIcon';

const columns: Column<ReadinessReason>[] = [
  {
    width: 92,
    nowrap: true,
    cell: (r) => (
      <Group gap={6} wrap="nowrap">
        <StatusIcon status={r.status} kind={r.kind} />
        <Text size="xs" fw={600} c={statusStyle(r.status, r.kind).color}>
          {statusStyle(r.status, r.kind).label}
        </Text>
      </Group>
    ),
  },
  {
    cell: (r) => (
      <>
        <ReasonTitle text={r.text} guardrail={r.guardrail}>
          <Text size="xs" c="dimmed">
            {reasonContext(r)}
          </Text>
        </ReasonTitle>
        {r.detail && (
          <Text size="xs" c="dimmed">
            {r.detail}
          </Text>
        )}
      </>
    ),
  },
];

/** ReasonList lists the reasons a go/no-go verdict rests on, in the order given: status, text, where it comes from and its evidence. */
export function ReasonList({ reasons }: { reasons: ReadinessReason[] }) {
  return (
    <DataTable
      columns={columns}
      rows={reasons}
      rowKey={(r) => `${r.kind}/${r.phase}/${r.list}/${r.text}`}
      rowTestId="readiness-reason"
      verticalSpacing={4}
    />
  );
}
