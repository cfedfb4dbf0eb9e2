import { Group, List, Stack, Text, Tooltip } from '@mantine/core';
import type { Readiness } from '../../api';
import { blocking, countsText, statusStyle, transitionText } from '../../readiness';
import { ReadinessBadge } from '../readiness/ReadinessBadge';

/**
 * ReadinessSummary is a release's go/no-go verdict in the list: the badge
 * and a few words that wrap rather than clip, with the reasons against it
 * on hover.
 */
export function ReadinessSummary({ readiness }: { readiness?: Readiness }) {
  if (!readiness) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const against = blocking(readiness.reasons);
  const summary = (
    <Stack gap={2} data-testid="readiness-summary" style={{ cursor: against.length ? 'help' : undefined }}>
      <Group gap={6} wrap="wrap">
        <ReadinessBadge verdict={readiness.verdict} />
        <Text size="xs" c="dimmed">
          {countsText(readiness.reasons)}
        </Text>
      </Group>
      <Text size="xs">{transitionText(readiness)}</Text>
    </Stack>
  );
  if (against.length === 0) return summary;
  return (
    <Tooltip
      multiline
      w={360}
      withArrow
      label={
        <List size="xs" spacing={2}>
          {against.map((r) => (
            <List.Item key={`${r.kind}/${r.phase}/${r.list}/${r.text}`}>
              {statusStyle(r.status).label}: {r.text}
            </List.Item>
          ))}
        </List>
      }
    >
      {summary}
    </Tooltip>
  );
}
