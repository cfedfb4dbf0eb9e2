import { describe, expect, it } from 'vitest';
import type { LinkHistory, Plan } from './api';
import { buildTimeline } from './timeline';

const link = { id: 1, release_id: 1, provider: 'split', project: 'Web', environment: 'Production', flag_key: 'checkout', variation: 'on' };

const plan = {
  release: { key: 'checkout' },
  links: [link],
  phases: [
    {
      name: 'Beta',
      status: 'active',
      planned_start: '2026-11-10T00:00:00Z',
      planned_end: '2026-11-19T00:00:00Z',
      started_at: '2026-11-10T00:00:00Z',
      expect: { on: true, percent: 20 },
      flag_expects: [],
    },
  ],
} as unknown as Plan;

type Change = { actor: string; action: string; comment: string };
const history = (points: { at: string; percent: number; serving: { variation: string; percent: number }[]; change?: Change }[]) =>
  ({
    link,
    points: points.map((p) => ({ observed_at: p.at, percent: p.percent, state: { on: true, serving: p.serving }, change: p.change ?? null })),
  }) as unknown as LinkHistory;

describe('buildTimeline', () => {
  const now = Date.parse('2026-11-25T00:00:00Z');

  it('charts the backend-measured share of the linked treatment, not the dominant one', () => {
    // 40% "on" within a 50% traffic allocation is 20% of traffic, then taken to 0%.
    const t = buildTimeline(
      plan,
      [
        history([
          { at: '2026-11-10T00:00:00Z', percent: 20, serving: [{ variation: 'on', percent: 40 }, { variation: 'off', percent: 60 }] },
          { at: '2026-11-15T00:00:00Z', percent: 0, serving: [{ variation: 'off', percent: 100 }] },
        ]),
      ],
      now,
    );
    const at = (iso: string) => t.rows.find((r) => r.time === Date.parse(iso))!;
    expect(at('2026-11-10T00:00:00Z')['actual:0']).toBe(20);
    expect(at('2026-11-15T00:00:00Z')['actual:0']).toBe(0);
    expect(t.rows.at(-1)).toMatchObject({ time: now, 'actual:0': 0 });
    expect(at('2026-11-10T00:00:00Z')['planned:0']).toBe(20);
  });

  it('keeps who made each desk change, at the time of the state it made', () => {
    const kill = { actor: 'dana', action: 'flag.kill', comment: 'INC-77' };
    const t = buildTimeline(
      plan,
      [
        history([
          { at: '2026-11-10T00:00:00Z', percent: 20, serving: [] },
          { at: '2026-11-15T00:00:00Z', percent: 0, serving: [], change: kill },
        ]),
      ],
      now,
    );
    expect([...t.changes.entries()]).toEqual([[Date.parse('2026-11-15T00:00:00Z'), [{ label: 'checkout (Production)', change: kill }]]]);
  });

  it('has no actual value before the first sync', () => {
    const t = buildTimeline(plan, [history([{ at: '2026-11-15T00:00:00Z', percent: 5, serving: [] }])], now);
    expect(t.rows.find((r) => r.time === Date.parse('2026-11-10T00:00:00Z'))!['actual:0']).toBeNull();
  });
});
