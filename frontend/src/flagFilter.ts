// Flag list filtering, kept apart from the page so it is unit-tested.
import type { StoredFlag } from './api';
import { percentServing, rolloutVariation } from './format';

export interface FlagQuery {
  text: string;
  provider: string;
  environment: string;
  /** partial: on and serving its rollout variation to more than 0% and less than 100%. */
  state: 'all' | 'on' | 'off' | 'partial';
}

/** filterFlags returns the flags matching every part of q. */
export function filterFlags(flags: StoredFlag[], q: FlagQuery): StoredFlag[] {
  const text = q.text.trim().toLowerCase();
  return flags.filter((f) => {
    if (text && !f.key.toLowerCase().includes(text) && !f.name.toLowerCase().includes(text)) return false;
    if (q.provider && f.provider !== q.provider) return false;
    if (q.environment && f.environment !== q.environment) return false;
    switch (q.state) {
      case 'on':
        return f.on;
      case 'off':
        return !f.on;
      case 'partial': {
        const p = percentServing(f, rolloutVariation(f));
        return f.on && p > 0 && p < 100;
      }
      default:
        return true;
    }
  });
}
