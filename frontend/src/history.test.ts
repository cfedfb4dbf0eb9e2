import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from './api';
import { rolloutSeries } from './history';

const point = (at: string, on: boolean, percent: number) =>
  ({
    observed_at: at,
    state: {
      on,
      serving: [
        { variation: 'true', percent },
        { variation: 'false', percent: 100 - percent },
      ],
    },
  }) as unknown as HistoryPoint;

describe('rolloutSeries', () => {
  it('steps through each state and closes at now', () => {
    const now = Date.parse('2026-11-25T00:00:00Z');
    const series = rolloutSeries(
      [point('2026-11-01T00:00:00Z', false, 100), point('2026-11-10T00:00:00Z', true, 0), point('2026-11-20T00:00:00Z', true, 5)],
      'true',
      now,
    );
    expect(series.map((p) => p.percent)).toEqual([0, 0, 5, 5]);
    expect(series.at(-1)).toMatchObject({ label: 'Now', time: now });
  });

  it('returns nothing for an empty history', () => {
    expect(rolloutSeries([], 'true', Date.now())).toEqual([]);
  });
});
