import { describe, expect, it } from 'vitest';
import type { UnmatchedTemplate } from '../../api';
import { silentReason, unmatchedReason } from './coverageText';

const u = (over: Partial<UnmatchedTemplate>) =>
  ({ template: 'beta-invitation', channel: 'email', trigger: 'phase', phase: 'Beta', missing: ['Beta'], applies: [], ...over }) as UnmatchedTemplate;

describe('unmatchedReason', () => {
  it('says a template that never goes out', () =>
    expect(unmatchedReason(u({}), 'search')).toBe('Its phase, Beta, names what release search lacks: “Beta”. It never goes out for this release.'));
  it('says where a partly matching template still goes out', () =>
    expect(unmatchedReason(u({ phase: '[Beta, GA]', applies: ['GA'] }), 'search')).toBe(
      'Its phase, [Beta, GA], names what release search lacks: “Beta”. It goes out only with “GA”.',
    ));
});

describe('silentReason', () => {
  it('names the phase', () => expect(silentReason('25%')).toContain('“25%”'));
});
