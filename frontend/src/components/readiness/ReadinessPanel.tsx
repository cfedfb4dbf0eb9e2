import { Button, Card, Group, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { Readiness } from '../../api';
import { formatDateTime } from '../../format';
import { countsText, headline, sortReasons, transitionText, verdictStyle } from '../../readiness';
import { ReadinessBadge } from './ReadinessBadge';
import { ReasonList } from './ReasonList';

/**
 * ReadinessPanel answers "is the phase working, may we advance, and why
 * not": the verdict, the move it is about, and the reasons, what stands in
 * the way first; the passing ones are a click away, so the answer fits on
 * one screen.
 */
export function ReadinessPanel({ readiness }: { readiness: Readiness }) {
  const [showPassing, setShowPassing] = useState(false);
  const reasons = sortReasons(readiness.reasons);
  const passing = reasons.filter((r) => r.status === 'pass').length;
  const shown = showPassing ? reasons : reasons.filter((r) => r.status !== 'pass');
  const counts = countsText(readiness.reasons);
  return (
    <Card
      withBorder
      p={0}
      data-testid="readiness-panel"
      style={{ borderLeft: `4px solid var(--mantine-color-${verdictStyle(readiness.verdict).color}-6)` }}
    >
      <Group justify="space-between" align="flex-start" p="sm" pb={4} gap="xs">
        <Group gap="sm" wrap="wrap">
          <ReadinessBadge verdict={readiness.verdict} size="lg" />
          <Text fw={600}>{transitionText(readiness)}</Text>
          {counts && (
            <Text size="sm" c="dimmed">
              {counts}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Judged {formatDateTime(readiness.at)}
        </Text>
      </Group>
      <Text size="sm" px="sm" pb={4}>
        {headline(readiness)}
      </Text>
      {shown.length > 0 && <ReasonList reasons={shown} />}
      {passing > 0 && (
        <Button
          variant="subtle"
          size="compact-xs"
          m={6}
          style={{ alignSelf: 'flex-start' }}
          leftSection={showPassing ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          onClick={() => setShowPassing((s) => !s)}
        >
          {showPassing ? 'Hide the passing reasons' : `Show ${passing} passing reason${passing === 1 ? '' : 's'}`}
        </Button>
      )}
    </Card>
  );
}
