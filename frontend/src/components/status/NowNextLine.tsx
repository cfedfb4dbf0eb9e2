import { Group, Stack, Text, Tooltip } from '@mantine/core';
import type { StatusLine } from '../../api';
import { verdictStyle } from '../../readiness';

/** statusParts are a line's three parts in order, each labelled, with the colour of its text. */
export function statusParts(line: StatusLine): { label: string; text: string; source: string; color?: string }[] {
  return [
    { label: 'Now', text: line.now.text, source: line.now.source, color: line.now.verdict ? verdictStyle(line.now.verdict).color : undefined },
    { label: 'Next', text: line.next.text, source: line.next.source, color: line.next.open_criteria > 0 ? 'orange' : undefined },
    { label: 'Due', text: line.due.text, source: line.due.source },
  ];
}

/**
 * NowNextLine is a release's Now / Next / Due: stacked in the releases list,
 * in a row under the release page's header. Each part wraps rather than
 * clips, and says on hover where it came from.
 */
export function NowNextLine({ line, layout }: { line: StatusLine; layout: 'stack' | 'row' }) {
  const parts = statusParts(line).map((p) => (
    <Tooltip key={p.label} label={p.source} multiline w={320} withArrow openDelay={200}>
      <Group gap={6} wrap="nowrap" align="baseline" data-testid={`status-${p.label.toLowerCase()}`} style={{ cursor: 'help', minWidth: 0 }}>
        <Text size="xs" c="dimmed" fw={600} w={layout === 'stack' ? 32 : undefined} style={{ flexShrink: 0 }}>
          {p.label}
        </Text>
        <Text size="sm" c={p.color ? `${p.color}.8` : undefined}>
          {p.text}
        </Text>
      </Group>
    </Tooltip>
  ));
  if (layout === 'stack') {
    return (
      <Stack gap={2} data-testid="status-line">
        {parts}
      </Stack>
    );
  }
  return (
    <Group gap="lg" wrap="wrap" data-testid="status-line">
      {parts}
    </Group>
  );
}
