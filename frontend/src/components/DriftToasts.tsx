import type { DriftChanged } from '../api';
import { showGroupedToast } from './Toasts';

/**
 * showDriftChanges shows the one toast of a sync's (or action's) drift
 * changes, as the Go side summarised them: only flags whose verdict
 * changed; no toast when none did.
 */
export function showDriftChanges(e: DriftChanged) {
  if (e.changes.length === 0) return;
  showGroupedToast({
    id: `drift:${e.changes.map((c) => `${c.release}/${c.flag.environment}/${c.flag.key}/${c.flag.verdict}`).join(',')}`,
    color: e.all_on_plan ? 'teal' : 'yellow',
    title: e.title,
    lines: e.lines,
    more: e.more,
    testId: 'drift-toast',
  });
}
