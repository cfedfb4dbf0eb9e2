// Turns a flag's state history into points on a time axis, each saying who
// made the changes that led to it, when the desk made them.
import type { HistoryChange, HistoryPoint } from './api';
import { formatDateTime, timestamp } from './format';
import { providerName } from './words';

export interface ChartPoint {
  /** Milliseconds since the epoch: the x axis is time. */
  time: number;
  /** Share (0–100) of traffic that got the released variation, as the backend measured it; 0 while off. */
  percent: number;
  /** When the state this point shows began (for the closing "now" point, the last state's start). */
  since: number;
  /** When the provider says the flag was last modified in this state. */
  modified: number;
  /** The desk actions behind this point, oldest first; empty when a sync saw a change made in the provider. */
  changes: HistoryChange[];
  /** How many states this point stands for: states too close to tell apart on the chart are one point, the last of them. */
  states: number;
  /** The point at now, showing the state that holds now. */
  now: boolean;
}

/** RESOLUTION is how many parts the chart's time span is cut into: states closer than one part share a point. */
const RESOLUTION = 500;

/**
 * rolloutSeries places every distinct state at the time it was observed,
 * for a step line (a share holds until the next change), and ends the line
 * at now. States closer together than 1/500 of the span (less than a pixel
 * apart, so the pointer could not pick between them) become one point
 * showing the last state and every change behind it.
 */
export function rolloutSeries(history: HistoryPoint[], now: number): ChartPoint[] {
  if (history.length === 0) return [];
  const gap = (now - timestamp(history[0].observed_at)) / RESOLUTION;
  const points: ChartPoint[] = [];
  for (const h of history) {
    const time = timestamp(h.observed_at);
    const point: ChartPoint = {
      time,
      percent: h.percent,
      since: time,
      modified: timestamp(h.state.last_modified),
      changes: h.change ? [h.change] : [],
      states: 1,
      now: false,
    };
    const last = points[points.length - 1];
    if (last && time - last.time < gap) {
      points[points.length - 1] = { ...point, time: last.time, changes: [...last.changes, ...point.changes], states: last.states + 1 };
    } else {
      points.push(point);
    }
  }
  const last = points[points.length - 1];
  if (now - last.time < gap) points[points.length - 1] = { ...last, time: now, now: true };
  else if (now > last.time) points.push({ ...last, time: now, now: true });
  return points;
}

const actions: Record<string, string> = {
  'flag.kill': 'Killed',
  'flag.restore': 'Restored',
  'flag.rollout': 'Rollout set',
};

/** whoChanged says who made a desk change, how and when. */
export function whoChanged(c: HistoryChange): string {
  const action = actions[c.action] ?? c.action;
  const release = c.release ? `, release ${c.release}` : '';
  return `${action} by ${c.actor || 'an unnamed user'} in Rollout Desk (${formatDateTime(c.at)}${release})`;
}

/** commentOf is the comment typed with a desk change, or says there was none. */
export function commentOf(c: HistoryChange): string {
  return c.comment ? `“${c.comment}”` : 'No comment was given';
}

/** syncedChange says a point's change was made in the provider and seen by a sync, which cannot say who made it. */
export function syncedChange(p: ChartPoint, provider: string): string {
  const modified = Number.isNaN(p.modified) ? '' : `, last modified ${formatDateTime(p.modified)}`;
  return `Changed in ${providerName(provider)}${modified}; seen by a sync, which does not record who or why`;
}
