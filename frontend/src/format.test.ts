import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, servingSummary } from './format';

const flag = (serving: { variation: string; percent: number }[], off = 'false') => ({
  serving,
  off_variation: off,
  on: true,
});

describe('format', () => {
  it.each([
    ['2026-11-25T10:00:00Z', '25 Nov 2026'],
    ['0001-01-01T00:00:00Z', '—'],
    [null, '—'],
    ['', '—'],
    ['not a date', '—'],
  ])('formatDate(%s) = %s', (input, want) => {
    expect(formatDate(input)).toBe(want);
  });

  it.each([
    [5, '5%'],
    [33.3333, '33.3%'],
    [100, '100%'],
  ])('formatPercent(%s) = %s', (input, want) => {
    expect(formatPercent(input)).toBe(want);
  });

  it('summarises the serving rule', () => {
    expect(servingSummary(flag([{ variation: 'true', percent: 5 }, { variation: 'false', percent: 95 }]))).toBe(
      'true 5% · false 95%',
    );
  });
});
