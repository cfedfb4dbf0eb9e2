import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from './api';
import { commentOf, rolloutSeries, syncedChange, whoChanged } from './history';

const point = (at: string, percent: number, change?: Partial<NonNullable<HistoryPoint['change']>>) =>
  ({
    observed_at: at,
    percent,
    state: { on: percent > 0, last_modified: at, serving: [] },
    change: change ? { at, actor: '', action: '', summary: '', comment: '', release: '', ...change } : null,
  }) as unknown as HistoryPoint;

describe('rolloutSeries', () => {
  const now = Date.parse('2026-11-25T00:00:00Z');
  const history = [
    point('2026-11-01T00:00:00Z', 0),
    point('2026-11-10T00:00:00Z', 5),
    point('2026-11-20T12:00:00Z', 0, { actor: 'dana', action: 'flag.kill', comment: 'INC-77' }),
  ];

  it('places each state at its time, not its index, and ends at now', () => {
    const series = rolloutSeries(history, now);
    expect(series.map((p) => p.time)).toEqual([
      Date.parse('2026-11-01T00:00:00Z'),
      Date.parse('2026-11-10T00:00:00Z'),
      Date.parse('2026-11-20T12:00:00Z'),
      now,
    ]);
    expect(series.map((p) => p.percent)).toEqual([0, 5, 0, 0]);
    expect(series.at(-1)).toMatchObject({ now: true, since: Date.parse('2026-11-20T12:00:00Z') });
    expect(series.at(-1)!.changes.map((c) => c.actor)).toEqual(['dana']);
  });

  it('takes the share from the backend, so a flag at 0% charts 0 whatever its rule serves', () => {
    expect(rolloutSeries([point('2026-11-01T00:00:00Z', 0)], now).map((p) => p.percent)).toEqual([0, 0]);
  });

  it('merges states too close to point at into the last, keeping every change, and into now', () => {
    const series = rolloutSeries(
      [
        point('2026-11-01T00:00:00Z', 5),
        point('2026-11-24T23:58:00Z', 0, { actor: 'sam', action: 'flag.rollout', comment: 'CAB-9' }),
        point('2026-11-24T23:59:00Z', 0, { actor: 'dana', action: 'flag.kill', comment: 'INC-88' }),
      ],
      now,
    );
    expect(series).toHaveLength(2);
    expect(series[1]).toMatchObject({ time: now, now: true, states: 2, percent: 0, since: Date.parse('2026-11-24T23:59:00Z') });
    expect(series[1].changes.map((c) => c.actor)).toEqual(['sam', 'dana']);
  });

  it('returns nothing for an empty history', () => {
    expect(rolloutSeries([], Date.now())).toEqual([]);
  });
});

describe('change texts', () => {
  const change = { at: '2026-11-20T12:00:00Z', actor: 'dana', action: 'flag.kill', summary: '', comment: 'INC-77', release: 'checkout' };

  it('says who made a desk change and what they wrote', () => {
    expect(whoChanged(change as never)).toMatch(/^Killed by dana in Rollout Desk \(20 Nov, \d\d:00, release checkout\)$/);
    expect(commentOf(change as never)).toBe('“INC-77”');
    expect(commentOf({ ...change, comment: '' } as never)).toBe('No comment was given');
  });

  it('says a synced change has no author on record', () => {
    const first = rolloutSeries([point('2026-11-01T00:00:00Z', 0)], Date.parse('2026-11-25T00:00:00Z'))[0];
    expect(syncedChange(first, 'launchdarkly')).toMatch(/^Changed in LaunchDarkly, last modified .*; seen by a sync, which does not record who or why$/);
  });
});
