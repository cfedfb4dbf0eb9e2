// Sentiments, safe links and day counts for the feedback a release gathers.
import type { FeedbackEntry } from './api';
import { formatShortDay, timestamp } from './format';

export const sentiments = [
  { value: 'negative', label: 'Negative', color: 'red' },
  { value: 'neutral', label: 'Neutral', color: 'gray' },
  { value: 'positive', label: 'Positive', color: 'teal' },
] as const;

/** sentimentStyle names a sentiment and gives it a colour. */
export function sentimentStyle(value: string): { label: string; color: string } {
  return sentiments.find((s) => s.value === value) ?? { label: value, color: 'gray' };
}

/** isWebLink tells whether a link may be opened: only absolute http(s) addresses, never javascript: or data:. */
export function isWebLink(link: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(link);
}

export type DayCounts = { day: number; label: string } & Record<(typeof sentiments)[number]['value'], number>;

/** countsByDay counts entries by sentiment for each day that has any, in day order. */
export function countsByDay(entries: FeedbackEntry[]): DayCounts[] {
  const byDay = new Map<number, DayCounts>();
  for (const e of entries) {
    const day = timestamp(e.day);
    const row = byDay.get(day) ?? { day, label: formatShortDay(day), negative: 0, neutral: 0, positive: 0 };
    const sentiment = sentiments.find((s) => s.value === e.sentiment)?.value;
    if (sentiment) row[sentiment]++;
    byDay.set(day, row);
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}
