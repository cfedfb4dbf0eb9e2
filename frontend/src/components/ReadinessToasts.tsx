import type { ReadinessChange } from '../api';
import { changeText } from '../readiness';
import { groupLines, showGroupedToast } from './Toasts';

/** worst is the colour of the worst verdict a batch moved to. */
function worstColor(changes: ReadinessChange[]): string {
  if (changes.some((c) => c.after === 'rollback')) return 'red';
  return changes.some((c) => c.after === 'hold') ? 'orange' : 'teal';
}

/**
 * showReadinessChanges shows one toast for a batch of changed go/no-go
 * verdicts. The window hears a batch twice when its own action caused it
 * (the action's result and the event): both show the same toast, so it
 * appears once.
 */
export function showReadinessChanges(changes: ReadinessChange[]) {
  if (changes.length === 0) return;
  showGroupedToast({
    id: `readiness:${changes.map((c) => `${c.release}/${c.phase}/${c.before}/${c.after}`).join(',')}`,
    color: worstColor(changes),
    title: changes.length === 1 ? 'Go/no-go changed' : `${changes.length} go/no-go verdicts changed`,
    ...groupLines(changes, changeText),
    testId: 'readiness-toast',
  });
}
