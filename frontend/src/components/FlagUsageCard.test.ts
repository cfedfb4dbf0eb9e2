import { describe, expect, it } from 'vitest';
import { usageTotals } from './FlagUsageCard';

describe('usageTotals', () => {
  it('sums evaluations per variation, largest first, with shares', () => {
    const day = (d: string, variation: string, evaluations: number) => ({ day: d, variation, evaluations });
    const totals = usageTotals({
      days: [day('2026-11-27', 'true', 10), day('2026-11-27', 'false', 190), day('2026-11-28', 'true', 40), day('2026-11-28', 'false', 760)],
      note: '',
    } as never);
    expect(totals).toEqual([
      { variation: 'false', evaluations: 950, share: 95 },
      { variation: 'true', evaluations: 50, share: 5 },
    ]);
  });
  it('is empty without counts', () => {
    expect(usageTotals({ days: [], note: 'none' } as never)).toEqual([]);
  });
});
