import { Alert, Group, Text } from '@mantine/core';
import type { Readiness } from '../../api';
import { blocking, headline, verdictStyle } from '../../readiness';
import { ReadinessBadge } from './ReadinessBadge';
import { ReasonList } from './ReasonList';

/** MoveReadiness is the go/no-go verdict on top of an advance: what stands in the way, or that nothing does. */
export function MoveReadiness({ readiness }: { readiness: Readiness }) {
  const against = blocking(readiness.reasons);
  return (
    <Alert
      color={verdictStyle(readiness.verdict).color}
      variant="light"
      p="xs"
      title={
        <Group gap="xs">
          <ReadinessBadge verdict={readiness.verdict} />
          {headline(readiness)}
        </Group>
      }
      data-testid="move-readiness"
      role="note"
    >
      {against.length > 0 ? (
        <ReasonList reasons={against} />
      ) : (
        <Text size="sm">The phase's criteria, the flags and the schedule all allow this move.</Text>
      )}
    </Alert>
  );
}
