import { describe, expect, it } from 'vitest';
import { pickPhase, pickRelease, remember, remembered } from './releasePick';

const phases = [
  { name: 'Internal', status: 'done' },
  { name: 'Beta', status: 'active' },
  { name: 'GA', status: 'planned' },
];

describe('pickRelease', () => {
  it.each([
    ['the wanted release when it exists', ['a', 'b'], 'b', 'b'],
    ['the first when the wanted one is gone', ['a', 'b'], 'gone', 'a'],
    ['the first when none is wanted', ['a', 'b'], null, 'a'],
    ['nothing without releases', [], 'a', null],
  ])('%s', (_, keys, wanted, want) => expect(pickRelease(keys, wanted)).toBe(want));
});

describe('pickPhase', () => {
  it.each([
    ['the wanted phase when the release has it', phases, 'GA', 'GA'],
    ['the active phase when it lacks it', phases, 'Nope', 'Beta'],
    ['the active phase when none is wanted', phases, null, 'Beta'],
    ['the first phase when none is active', phases.map((p) => ({ ...p, status: 'planned' })), null, 'Internal'],
    ['nothing without phases', [], 'GA', null],
  ])('%s', (_, list, wanted, want) => expect(pickPhase(list, wanted)).toBe(want));
});

describe('remembered', () => {
  it('reads back what was remembered', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(remembered(storage)).toEqual({ release: null, phase: null });
    remember({ release: 'new-checkout', phase: '25%' }, storage);
    expect(remembered(storage)).toEqual({ release: 'new-checkout', phase: '25%' });
  });
  it('ignores what it cannot read', () => {
    expect(remembered({ getItem: () => '{not json' })).toEqual({ release: null, phase: null });
    expect(remembered({ getItem: () => '{"release": 3}' })).toEqual({ release: null, phase: null });
  });
  it('survives a storage that refuses writes', () => {
    expect(() =>
      remember({ release: 'a', phase: null }, {
        setItem: () => {
          throw new Error('quota');
        },
      }),
    ).not.toThrow();
  });
});
