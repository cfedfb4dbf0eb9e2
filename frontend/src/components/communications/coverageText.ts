// The Check view's reasons in words.
import type { UnmatchedTemplate } from '../../api';

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

/** unmatchedReason says why a template misses the release: what its phase names that the release lacks, and where it still goes out. */
export function unmatchedReason(u: UnmatchedTemplate, release: string): string {
  const lacks = `Its phase, ${u.phase}, names what release ${release} lacks: ${quoted(u.missing ?? [])}.`;
  const applies = u.applies ?? [];
  return applies.length === 0
    ? `${lacks} It never goes out for this release.`
    : `${lacks} It goes out only with ${quoted(applies)}.`;
}

/** silentReason says why a phase is flagged: no customer-facing template goes out with it. */
export function silentReason(phase: string): string {
  return `No email or in-app template goes out with “${phase}”: its customers are told nothing when it starts.`;
}
