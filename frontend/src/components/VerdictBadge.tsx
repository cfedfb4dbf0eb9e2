import { Badge, Tooltip } from '@mantine/core';

const verdicts: Record<string, { label: string; color: string }> = {
  on_plan: { label: 'On plan', color: 'teal' },
  behind: { label: 'Behind', color: 'yellow' },
  ahead: { label: 'Ahead', color: 'orange' },
  off: { label: 'Off', color: 'red' },
  unexpected_on: { label: 'Unexpectedly on', color: 'red' },
  blocked: { label: 'Blocked by prerequisite', color: 'orange' },
  archived: { label: 'Archived', color: 'gray' },
  missing: { label: 'Missing', color: 'gray' },
  stale: { label: 'Stale', color: 'gray' },
};

/** verdictLabel names a drift verdict for people. */
export function verdictLabel(verdict: string): string {
  return verdicts[verdict]?.label ?? verdict;
}

/** VerdictBadge shows a drift verdict; the reason appears on hover. */
export function VerdictBadge({ verdict, reason }: { verdict: string; reason?: string }) {
  const v = verdicts[verdict] ?? { label: verdict, color: 'gray' };
  const badge = (
    <Badge color={v.color} variant={verdict === 'on_plan' ? 'light' : 'filled'} size="sm" data-testid="verdict">
      {v.label}
    </Badge>
  );
  return reason ? <Tooltip label={reason} multiline w={320}>{badge}</Tooltip> : badge;
}
