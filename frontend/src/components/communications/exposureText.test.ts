import { describe, expect, it } from 'vitest';
import type { PlannedExposure } from '../../api';
import { exposureText } from './exposureText';

const e = (over: Partial<PlannedExposure>) =>
  ({ flag: 'f', environment: 'production', provider: 'demo', project: 'web', planned: true, on: true, percent: 25, segments: [], source: '', ...over }) as PlannedExposure;

describe('exposureText', () => {
  it.each([
    ['on with a share', e({}), 'on 25%'],
    ['on for segments', e({ percent: 0, segments: ['employees', 'beta'] }), 'on 0% (employees, beta)'],
    ['off', e({ on: false }), 'off'],
    ['unplanned', e({ planned: false }), 'nothing planned'],
  ])('%s', (_, exposure, want) => expect(exposureText(exposure)).toBe(want));
});
