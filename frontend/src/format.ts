// Small display helpers shared by every page.
import type { StoredFlag } from './api';

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const d = new Date(value as string);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() <= 1 ? null : d;
}

/** formatted renders a Go time with fmt, or "—" when unset. */
const formatted = (fmt: Intl.DateTimeFormat) => (value: unknown) => {
  const d = toDate(value);
  return d ? fmt.format(d) : '—';
};

/** formatDate renders a Go time as "25 Nov 2026", or "—" when unset. */
export const formatDate = formatted(dateFmt);

/** formatDateTime renders a Go time as "25 Nov, 14:05", or "—" when unset. */
export const formatDateTime = formatted(dateTimeFmt);

// Metric values and feedback are dated by day, as midnight UTC: shown in UTC
// so that a day never moves with the viewer's time zone.

/** formatDay renders a day (midnight UTC) as "25 Nov 2026", or "—" when unset. */
export const formatDay = formatted(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));

/** formatShortDay renders a day (midnight UTC) as "25 Nov", for chart axes. */
export const formatShortDay = formatted(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }));

/** isoDay renders a day (midnight UTC) as "2026-11-25", the form the Go side reads; "" when unset. */
export function isoDay(value: unknown): string {
  return toDate(value)?.toISOString().slice(0, 10) ?? '';
}

/** today is the viewer's date as "2026-11-25". */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** daysBetween is how many whole calendar days (UTC) b lies after a; NaN when either is unset. */
export function daysBetween(a: unknown, b: unknown): number {
  const day = (v: unknown) => Math.floor(timestamp(v) / 86_400_000);
  return day(b) - day(a);
}

/** timestamp returns milliseconds since the epoch, or NaN when unset. */
export function timestamp(value: unknown): number {
  return toDate(value)?.getTime() ?? Number.NaN;
}

/** formatPercent renders 5 as "5%" and 33.333 as "33.3%". */
export function formatPercent(p: number): string {
  return `${Math.round(p * 10) / 10}%`;
}

/** servingSummary renders the default rule, e.g. "true 5% · false 95%". */
export function servingSummary(flag: Pick<StoredFlag, 'serving'>): string {
  return (flag.serving ?? []).map((a) => `${a.variation} ${formatPercent(a.percent)}`).join(' · ');
}
