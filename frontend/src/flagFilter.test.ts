import { describe, expect, it } from 'vitest';
import type { StoredFlag } from './api';
import { filterFlags, type FlagQuery } from './flagFilter';

function flag(key: string, over: Partial<StoredFlag> = {}): StoredFlag {
  return {
    provider: 'launchdarkly',
    project: 'default',
    environment: 'production',
    key,
    name: key.toUpperCase(),
    on: true,
    serving: [{ variation: 'true', percent: 100 }],
    off_variation: 'false',
    rules: 0,
    targets: 0,
    segments: [],
    last_modified: '',
    last_evaluated: null,
    archived: false,
    version: 1,
    checked_at: '',
    released: { variation: 'true', percent: 100, source: 'assumed: boolean flag, so "true"', assumed: true },
    ...over,
  } as StoredFlag;
}

const flags = [
  flag('new-checkout', {
    serving: [
      { variation: 'true', percent: 5 },
      { variation: 'false', percent: 95 },
    ],
    released: { variation: 'true', percent: 5, source: 'variation "true" named by release new-checkout', assumed: false },
  }),
  flag('dark-mode', { environment: 'staging' }),
  flag('pricing-banner', { on: false, provider: 'split', released: { variation: 'on', percent: 0, source: '', assumed: true } }),
  // Taken to 0%: the off variation serves everyone, yet the released share is 0, not 100.
  flag('search-v2', {
    serving: [{ variation: 'false', percent: 100 }],
    released: { variation: 'true', percent: 0, source: 'assumed: boolean flag, so "true"', assumed: true },
  }),
];

const none: FlagQuery = { text: '', provider: '', environment: '', state: 'all', percent: [0, 100] };

describe('filterFlags', () => {
  it.each<[string, Partial<FlagQuery>, string[]]>([
    ['no filter', {}, ['new-checkout', 'dark-mode', 'pricing-banner', 'search-v2']],
    ['text matches key', { text: 'dark' }, ['dark-mode']],
    ['text matches name, any case', { text: 'PRICING' }, ['pricing-banner']],
    ['provider', { provider: 'split' }, ['pricing-banner']],
    ['environment', { environment: 'staging' }, ['dark-mode']],
    ['on', { state: 'on' }, ['new-checkout', 'dark-mode', 'search-v2']],
    ['off', { state: 'off' }, ['pricing-banner']],
    ['partial rollout', { state: 'partial' }, ['new-checkout']],
    ['combined, nothing matches', { text: 'dark', state: 'off' }, []],
    ['rollout between 1% and 50%', { percent: [1, 50] }, ['new-checkout']],
    ['fully rolled out', { percent: [100, 100] }, ['dark-mode']],
    ['off and taken to 0% count as 0%', { percent: [0, 0] }, ['pricing-banner', 'search-v2']],
  ])('%s', (_name, q, want) => {
    expect(filterFlags(flags, { ...none, ...q }).map((f) => f.key)).toEqual(want);
  });
});
