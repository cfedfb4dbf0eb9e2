import { describe, expect, it } from 'vitest';
import { week, windowProblem } from './dueWindow';

describe('week', () => {
  it.each([
    ['a Wednesday', new Date(2026, 10, 25, 15), 0, { from: '2026-11-23', to: '2026-11-29' }],
    ['a Monday', new Date(2026, 10, 23, 0, 5), 0, { from: '2026-11-23', to: '2026-11-29' }],
    ['a Sunday belongs to the week before', new Date(2026, 10, 29, 23), 0, { from: '2026-11-23', to: '2026-11-29' }],
    ['next week across a month', new Date(2026, 10, 25), 1, { from: '2026-11-30', to: '2026-12-06' }],
    ['next week across a year', new Date(2026, 11, 30), 1, { from: '2027-01-04', to: '2027-01-10' }],
  ])('%s', (_, now, weeks, want) => expect(week(now, weeks)).toEqual(want));
});

describe('windowProblem', () => {
  it.each([
    [{ from: '2026-11-23', to: '2026-11-29' }, ''],
    [{ from: '2026-11-23', to: '2026-11-23' }, ''],
    [{ from: '', to: '2026-11-29' }, 'Pick both the first and the last day.'],
    [{ from: '2026-11-29', to: '2026-11-23' }, 'The last day, 2026-11-23, is before the first, 2026-11-29.'],
  ])('%o', (w, want) => expect(windowProblem(w)).toBe(want));
});
