// Turns a measured criterion's evidence and the stored metric values into
// chart points.
import type { CriterionEvidence, MetricValue } from './api';
import { formatShortDay, timestamp } from './format';

export interface MetricPoint {
  day: number;
  label: string;
  value: number;
}

export interface MetricSeries {
  points: MetricPoint[];
  /** The label of the first day inside the window the criterion was judged over, when values lie before it too. */
  window?: string;
}

/**
 * metricSeries is a criterion's metric by day: every stored value, and the
 * values it was judged on (which include the metrics Rollout Desk computes
 * itself, never stored), those winning for their day.
 */
export function metricSeries(evidence: CriterionEvidence, stored: MetricValue[]): MetricSeries {
  const byDay = new Map<number, number>();
  stored.filter((v) => v.metric === evidence.metric).forEach((v) => byDay.set(timestamp(v.day), v.value));
  (evidence.values ?? []).forEach((p) => byDay.set(timestamp(p.day), p.value));
  const points = [...byDay]
    .sort(([a], [b]) => a - b)
    .map(([day, value]) => ({ day, label: formatShortDay(day), value }));
  const from = timestamp(evidence.from);
  const to = timestamp(evidence.to);
  const first = points.find((p) => (Number.isNaN(from) || p.day >= from) && p.day <= to);
  return first && first !== points[0] ? { points, window: first.label } : { points };
}
