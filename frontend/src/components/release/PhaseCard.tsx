import { Card, Group, Text } from '@mantine/core';
import type { Phase, ReadinessReason } from '../../api';
import { formatPercent } from '../../format';
import { PhaseBadge } from '../PhaseBadge';
import { CriteriaList } from './CriteriaList';
import { PhaseDates } from './PhaseDates';

/** PhaseCard shows one phase: planned and actual dates, audience, what it expects of the flags, and its entry and exit criteria. */
export function PhaseCard({
  phase,
  reasons,
  busy,
  onTick,
}: {
  phase: Phase;
  reasons: ReadinessReason[];
  busy: boolean;
  onTick: (text: string, done: boolean) => Promise<boolean>;
}) {
  return (
    <Card withBorder padding="sm" bg={phase.status === 'active' ? 'indigo.0' : undefined} data-testid="phase-card">
      <Group justify="space-between" mb={4} wrap="nowrap" align="flex-start">
        <Text fw={600}>{phase.name}</Text>
        <PhaseBadge status={phase.status} />
      </Group>
      <PhaseDates phase={phase} />
      <Text size="sm" mt={4}>
        {phase.audience || '—'}
      </Text>
      {phase.expect && (
        <Text size="xs" mt={4}>
          Expect {phase.expect.on ? `on, ${formatPercent(phase.expect.percent)}` : 'off'}
          {phase.expect.segments?.length ? ` + ${phase.expect.segments.join(', ')}` : ''}
        </Text>
      )}
      {(['entry', 'exit'] as const).map((list) => (
        <CriteriaList key={list} phase={phase} list={list} reasons={reasons} busy={busy} onTick={onTick} />
      ))}
    </Card>
  );
}
