// Flag list filtering, kept apart from the page so it is unit-tested.
import type { StoredFlag } from './api';

export interface FlagQuery {
  text: string;
  provider: string;
  environment: string;
  /** partial: on and serving its released variation to more than 0% and less than 100%. */
  state: 'all' | 'on' | 'off' | 'partial';
  /** Inclusive range of the released share (0 while off). */
  percent: [number, number];
}

/** effectivePercent is the share of traffic served the released variation, as the backend measured it: 0 while off. */
export function effectivePercent(f: StoredFlag): number {
  return f.released?.percent ?? 0;
}

/** filterFlags returns the flags matching every part of q. */
export function filterFlags(flags: StoredFlag[], q: FlagQuery): StoredFlag[] {
  const text = q.text.trim().toLowerCase();
  return flags.filter((f) => {
    if (text && !f.key.toLowerCase().includes(text) && !f.name.toLowerCase().includes(text)) return false;
    if (q.provider && f.provider !== q.provider) return false;
    if (q.environment && f.environment !== q.environment) return false;
    const effective = effectivePercent(f);
    if (effective < q.percent[0] || effective > q.percent[1]) return false;
    switch (q.state) {
      case 'on':
        return f.on;
      case 'off':
        return !f.on;
      case 'partial':
        return effective > 0 && effective < 100;
      default:
        return true;
    }
  });
}
