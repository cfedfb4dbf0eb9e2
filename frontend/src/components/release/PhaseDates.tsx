import { Text } from '@mantine/core';
import type { Phase } from '../../api';
import { daysBetween, formatDate, timestamp } from '../../format';

/** shift words how far an actual date lies from the planned one: " (2 days early)", or "" when on the day or unknown. */
function shift(planned: unknown, actual: unknown): string {
  const days = daysBetween(planned, actual);
  if (!days || Number.isNaN(days)) return '';
  const n = Math.abs(days);
  return ` (${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'early' : 'late'})`;
}

/**
 * PhaseDates shows when a phase was planned to run and when it actually
 * did, so that an early advance or a late start stands out.
 */
export function PhaseDates({ phase }: { phase: Phase }) {
  const started = !Number.isNaN(timestamp(phase.started_at));
  const ended = !Number.isNaN(timestamp(phase.ended_at));
  const moved = shift(phase.planned_start, phase.started_at) || (ended && shift(phase.planned_end, phase.ended_at));
  return (
    <>
      <Text size="xs" c="dimmed">
        Planned {formatDate(phase.planned_start)} – {formatDate(phase.planned_end)}
      </Text>
      {started && (
        <Text size="xs" c={moved ? 'orange.8' : 'dimmed'} data-testid="phase-actual">
          Actual {formatDate(phase.started_at)}
          {shift(phase.planned_start, phase.started_at)} – {ended ? formatDate(phase.ended_at) : 'running'}
          {ended && shift(phase.planned_end, phase.ended_at)}
        </Text>
      )}
    </>
  );
}
