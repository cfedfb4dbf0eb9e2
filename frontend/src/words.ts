// A provider's own names for the parts of a flag: what the desk says about
// a Split flag reads like Split (treatments, default treatment, killed,
// traffic allocation, split definition), about a LaunchDarkly flag like
// LaunchDarkly (variations, fallthrough, off, rollout). The demo provider
// speaks LaunchDarkly. The Go side has the same table (provider.WordsFor).

export interface Words {
  /** "flag", or "feature flag" for Split. */
  flag: string;
  variation: string;
  variations: string;
  /** The rule everyone not targeted gets: LaunchDarkly's fallthrough, Split's default rule. */
  defaultRule: string;
  /** What everyone gets while the flag is off or killed. */
  offVariation: string;
  /** The two states: "On"/"Off", or "Active"/"Killed". */
  on: string;
  off: string;
  /** What a kill does to flag key: "turns KEY off", "kills KEY". */
  kill: (key: string) => string;
  /** The share of traffic targeting applies to. */
  exposure: string;
  /** A flag's whole targeting in one environment. */
  definition: string;
}

const launchDarkly: Words = {
  flag: 'flag',
  variation: 'variation',
  variations: 'variations',
  defaultRule: 'Default rule (fallthrough)',
  offVariation: 'Off variation',
  on: 'On',
  off: 'Off',
  kill: (key) => `turns ${key} off`,
  exposure: 'rollout',
  definition: 'flag targeting',
};

const split: Words = {
  flag: 'feature flag',
  variation: 'treatment',
  variations: 'treatments',
  defaultRule: 'Default rule',
  offVariation: 'Default treatment',
  on: 'Active',
  off: 'Killed',
  kill: (key) => `kills ${key}`,
  exposure: 'traffic allocation',
  definition: 'split definition',
};

/** wordsFor returns a provider's words: Split's for "split", LaunchDarkly's otherwise. */
export function wordsFor(provider: string): Words {
  return provider === 'split' ? split : launchDarkly;
}

/** stateWord names a flag's state in its provider's words: On/Off or Active/Killed. */
export function stateWord(provider: string, on: boolean): string {
  const w = wordsFor(provider);
  return on ? w.on : w.off;
}

const names: Record<string, string> = { launchdarkly: 'LaunchDarkly', split: 'Split', demo: 'the demo provider' };

/** providerName is how a sentence names a provider: "LaunchDarkly", "Split", "the demo provider". */
export function providerName(provider: string): string {
  return names[provider] ?? provider;
}

/** capitalized starts a word with a capital, for a column header: "treatment" → "Treatment". */
export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
