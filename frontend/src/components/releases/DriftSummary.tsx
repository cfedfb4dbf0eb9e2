import { Badge, Text } from '@mantine/core';
import type { DriftSummary as Summary } from '../../api';

/** DriftSummary says how many of a release's judged flags drift from the plan, or "—" when none is judged. */
export function DriftSummary({ drift }: { drift?: Summary }) {
  if (!drift || drift.judged === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="drift-summary">
        —
      </Text>
    );
  }
  if (drift.drifting === 0) {
    return (
      <Badge color="teal" variant="light" data-testid="drift-summary">
        All {drift.judged} on plan
      </Badge>
    );
  }
  return (
    <Badge color="yellow" variant="filled" data-testid="drift-summary">
      {drift.drifting} of {drift.judged} drifting
    </Badge>
  );
}
