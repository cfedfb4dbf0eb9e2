import { describe, expect, it } from 'vitest';
import { providerName, stateWord, wordsFor } from './words';

describe('wordsFor', () => {
  it.each([
    ['split', 'treatment', 'Default treatment', 'Killed', 'traffic allocation', 'split definition', 'kills f'],
    ['launchdarkly', 'variation', 'Off variation', 'Off', 'rollout', 'flag targeting', 'turns f off'],
    ['demo', 'variation', 'Off variation', 'Off', 'rollout', 'flag targeting', 'turns f off'],
  ])('%s speaks its own words', (provider, variation, offVariation, off, exposure, definition, kill) => {
    const w = wordsFor(provider);
    expect([w.variation, w.offVariation, w.off, w.exposure, w.definition, w.kill('f')]).toEqual([
      variation,
      offVariation,
      off,
      exposure,
      definition,
      kill,
    ]);
  });

  it('names states and providers', () => {
    expect([stateWord('split', true), stateWord('split', false), stateWord('launchdarkly', false)]).toEqual(['Active', 'Killed', 'Off']);
    expect([providerName('split'), providerName('launchdarkly'), providerName('demo')]).toEqual(['Split', 'LaunchDarkly', 'the demo provider']);
  });
});
