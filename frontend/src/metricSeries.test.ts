import { describe, expect, it } from 'vitest';
import type { CriterionEvidence, MetricValue } from './api';
import { metricSeries } from './metricSeries';

const stored = (day: string, value: number, metric = 'conversion') => ({ metric, day: `${day}T00:00:00Z`, value }) as MetricValue;
const evidence = (values: [string, number][]): CriterionEvidence =>
  ({
    metric: 'conversion',
    op: '>=',
    threshold: 3,
    from: '2026-11-27T00:00:00Z',
    to: '2026-11-29T00:00:00Z',
    values: values.map(([day, value]) => ({ day: `${day}T00:00:00Z`, value, holds: value >= 3 })),
  }) as CriterionEvidence;

describe('metricSeries', () => {
  it('orders stored values by day, keeps only the metric, and marks the judged window', () => {
    const s = metricSeries(evidence([['2026-11-28', 2.1]]), [
      stored('2026-11-28', 3.5),
      stored('2026-11-25', 3.2),
      stored('2026-11-26', 9, 'error_rate'),
    ]);
    expect(s.points.map((p) => [p.label, p.value])).toEqual([
      ['25 Nov', 3.2],
      ['28 Nov', 2.1],
    ]);
    expect(s.window).toBe('28 Nov');
  });

  it('draws computed metrics from the evidence alone, without a window start when every value is in it', () => {
    const s = metricSeries(evidence([['2026-11-27', 4], ['2026-11-29', 5]]), []);
    expect(s.points.map((p) => p.value)).toEqual([4, 5]);
    expect(s.window).toBeUndefined();
  });
});
