// The windows the Due view offers: this week and next week, Monday to
// Sunday, as the YYYY-MM-DD days the Go side reads.
import { today } from '../../format';

/** Window is a first and last day, both included, as YYYY-MM-DD. */
export interface Window {
  from: string;
  to: string;
}

/** week is the Monday-to-Sunday week weeks after the one holding now (0 this week, 1 next week). */
export function week(now: Date, weeks: number): Window {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) + 7 * weeks);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return { from: today(monday), to: today(sunday) };
}

/** windowProblem says what is wrong with a custom window, or '' when it can be asked for. */
export function windowProblem(w: Window): string {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(w.from) || !day.test(w.to)) return 'Pick both the first and the last day.';
  if (w.to < w.from) return `The last day, ${w.to}, is before the first, ${w.from}.`;
  return '';
}
