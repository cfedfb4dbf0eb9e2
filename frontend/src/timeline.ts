// Builds the release timeline: each linked flag's planned and actual
// percentage over time, with the phases as bands.
import type { HistoryChange, LinkHistory, Phase, Plan } from './api';
import { timestamp } from './format';

export interface Band {
  name: string;
  start: number;
  end: number;
  status: string;
}

export interface Timeline {
  /** One row per instant; keys "actual:<i>" and "planned:<i>" per linked flag. */
  rows: Record<string, number | null>[];
  series: { key: string; label: string; planned: boolean; index: number }[];
  /** The phases as planned. */
  bands: Band[];
  /** When each phase actually started, next to the planned bands. */
  starts: { name: string; at: number }[];
  /** The desk changes behind the actual lines, by the time of the state they made: who, how and why. */
  changes: Map<number, { label: string; change: HistoryChange }[]>;
  now: number;
}

const DAY = 86_400_000;

/** phaseBands places every phase with planned dates on the time axis. */
export function phaseBands(phases: Phase[]): Band[] {
  return phases
    .map((p) => ({ name: p.name, start: timestamp(p.planned_start), end: timestamp(p.planned_end) + DAY, status: p.status }))
    .filter((b) => !Number.isNaN(b.start) && !Number.isNaN(b.end));
}

/** actualStarts lists when phases actually started; phases started on the same day (an advance and a roll back) share one mark. */
export function actualStarts(phases: Phase[]): { name: string; at: number }[] {
  const starts: { name: string; at: number }[] = [];
  for (const p of phases) {
    const at = timestamp(p.started_at);
    if (Number.isNaN(at)) continue;
    const sameDay = starts.find((s) => Math.floor(s.at / DAY) === Math.floor(at / DAY));
    if (sameDay) sameDay.name += `, ${p.name}`;
    else starts.push({ name: p.name, at });
  }
  return starts;
}

/** plannedAt is the percentage the phase covering t plans for link i, or null. */
function plannedAt(plan: Plan, bands: Band[], i: number, t: number): number | null {
  const band = bands.find((b) => t >= b.start && t < b.end);
  if (!band) return null;
  const phase = plan.phases.find((p) => p.name === band.name)!;
  const link = plan.links[i];
  const own = phase.flag_expects.find((fe) => fe.flag_key === link.flag_key && fe.environment === link.environment);
  const expect = own?.expect ?? phase.expect;
  if (!expect) return null;
  return expect.on ? expect.percent : 0;
}

/**
 * actualAt is link i's share of traffic getting the linked variation at t,
 * as the backend measured each state (traffic allocation counted, 0 while
 * off), or null before the first sync.
 */
function actualAt(history: LinkHistory, t: number): number | null {
  let value: number | null = null;
  for (const h of history.points) {
    if (timestamp(h.observed_at) > t) break;
    value = h.percent;
  }
  return value;
}

/** buildTimeline samples planned and actual percentages at every change. */
export function buildTimeline(plan: Plan, histories: LinkHistory[], now: number): Timeline {
  const bands = phaseBands(plan.phases);
  const starts = actualStarts(plan.phases);
  const times = new Set<number>([now]);
  bands.forEach((b) => {
    times.add(b.start);
    times.add(b.end);
  });
  starts.forEach((s) => times.add(s.at));
  histories.forEach((h) => h.points.forEach((p) => times.add(timestamp(p.observed_at))));
  const sorted = [...times].filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  const series = plan.links.flatMap((l, i) => [
    { key: `actual:${i}`, label: `${l.flag_key} (${l.environment})`, planned: false, index: i },
    { key: `planned:${i}`, label: `${l.flag_key} (${l.environment}) planned`, planned: true, index: i },
  ]);
  const changes = new Map<number, { label: string; change: HistoryChange }[]>();
  histories.forEach((h) =>
    h.points.forEach((p) => {
      if (!p.change) return;
      const at = timestamp(p.observed_at);
      changes.set(at, [...(changes.get(at) ?? []), { label: `${h.link.flag_key} (${h.link.environment})`, change: p.change }]);
    }),
  );
  const rows = sorted.map((t) => {
    const row: Record<string, number | null> = { time: t };
    plan.links.forEach((l, i) => {
      const history = histories.find(
        (h) => h.link.provider === l.provider && h.link.project === l.project && h.link.environment === l.environment && h.link.flag_key === l.flag_key,
      );
      row[`actual:${i}`] = history && t <= now ? actualAt(history, t) : null;
      row[`planned:${i}`] = plannedAt(plan, bands, i, t);
    });
    return row;
  });
  return { rows, series, bands, starts, changes, now };
}
