// Turns a flag's state history into chart points.
import type { HistoryPoint } from './api';
import { formatDate, percentServing, timestamp } from './format';

export interface ChartPoint {
  time: number;
  label: string;
  /** Percent of the default rule serving the variation while the flag is on; 0 when off. */
  percent: number;
}

/**
 * rolloutSeries is the effective percentage of variation over time, as a
 * step series with one point per distinct state and a closing point at now.
 */
export function rolloutSeries(history: HistoryPoint[], variation: string, now: number): ChartPoint[] {
  const points = history.map((h) => {
    const time = timestamp(h.observed_at);
    return { time, label: formatDate(h.observed_at), percent: h.state.on ? percentServing(h.state, variation) : 0 };
  });
  const last = points[points.length - 1];
  if (last && now > last.time) {
    points.push({ time: now, label: 'Now', percent: last.percent });
  }
  return points;
}
