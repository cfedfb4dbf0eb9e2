import { Badge } from '@mantine/core';

const colors: Record<string, string> = {
  planned: 'gray',
  active: 'indigo',
  done: 'teal',
  rolled_back: 'red',
};

const labels: Record<string, string> = {
  planned: 'Planned',
  active: 'Active',
  done: 'Done',
  rolled_back: 'Rolled back',
};

/** PhaseBadge shows a phase status in its colour. */
export function PhaseBadge({ status }: { status: string }) {
  return (
    <Badge color={colors[status] ?? 'gray'} variant={status === 'active' ? 'filled' : 'light'} size="sm">
      {labels[status] ?? status}
    </Badge>
  );
}
