import { Stack, Text } from '@mantine/core';
import type { Phase, ReadinessReason } from '../../api';
import { Criterion } from './Criterion';

/** CriteriaList shows one phase's entry or exit criteria under a small heading; nothing when there are none. */
export function CriteriaList({
  phase,
  list,
  reasons,
  busy,
  onTick,
}: {
  phase: Phase;
  list: 'entry' | 'exit';
  reasons: ReadinessReason[];
  busy: boolean;
  onTick: (text: string, done: boolean) => Promise<boolean>;
}) {
  const items = phase[list];
  if (items.length === 0) return null;
  const reasonFor = (text: string) =>
    reasons.find((r) => r.kind === 'criterion' && r.phase === phase.name && r.list === list && r.text === text);
  return (
    <Stack gap={4} mt={6}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {list === 'entry' ? 'Entry' : 'Exit'}
      </Text>
      {items.map((item) => (
        <Criterion key={item.text} item={item} reason={reasonFor(item.text)} busy={busy} onTick={(done) => onTick(item.text, done)} />
      ))}
    </Stack>
  );
}
