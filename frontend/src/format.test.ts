import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, percentServing, rolloutVariation, servingSummary } from './format';

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

  it('sums a variation over the default rule', () => {
    const f = flag([
      { variation: 'on', percent: 20 },
      { variation: 'off', percent: 70 },
      { variation: 'on', percent: 10 },
    ]);
    expect(percentServing(f, 'on')).toBe(30);
    expect(percentServing(f, 'missing')).toBe(0);
  });

  it.each([
    ['boolean rollout', flag([{ variation: 'true', percent: 5 }, { variation: 'false', percent: 95 }]), 'true'],
    ['fully off variation', flag([{ variation: 'false', percent: 100 }]), 'false'],
    [
      'multivariate picks the largest non-off',
      flag(
        [
          { variation: 'control', percent: 50 },
          { variation: 'semantic', percent: 20 },
          { variation: 'hybrid', percent: 30 },
        ],
        'control',
      ),
      'hybrid',
    ],
    ['empty rule', flag([]), ''],
  ])('rolloutVariation: %s', (_name, f, want) => {
    expect(rolloutVariation(f)).toBe(want);
  });

  it('summarises the serving rule', () => {
    expect(servingSummary(flag([{ variation: 'true', percent: 5 }, { variation: 'false', percent: 95 }]))).toBe(
      'true 5% · false 95%',
    );
  });
});
