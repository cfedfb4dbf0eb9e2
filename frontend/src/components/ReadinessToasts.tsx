import { createNotificationsStore, notifications, Notifications } from '@mantine/notifications';
import type { ReadinessChange } from '../api';
import { changeText } from '../readiness';

// Go/no-go changes get their own toasts, in the navigation's empty lower
// part, where they cover no control, one at a time; above the navigation,
// below dialogs (Mantine's app and modal levels, 100 and 200).
const store = createNotificationsStore();
const MOST = 3;

/** worst is the colour of the worst verdict a batch moved to. */
function worstColor(changes: ReadinessChange[]): string {
  if (changes.some((c) => c.after === 'rollback')) return 'red';
  return changes.some((c) => c.after === 'hold') ? 'orange' : 'teal';
}

/**
 * showReadinessChanges shows one toast for a batch of changed verdicts. The
 * window hears a batch twice when its own action caused it (the action's
 * result and the event): both show the same toast, so it appears once.
 */
export function showReadinessChanges(changes: ReadinessChange[]) {
  if (changes.length === 0) return;
  const lines = changes.slice(0, MOST).map(changeText);
  if (changes.length > MOST) lines.push(`and ${changes.length - MOST} more`);
  notifications.show(
    {
      id: `readiness:${changes.map((c) => `${c.release}/${c.phase}/${c.before}/${c.after}`).join(',')}`,
      color: worstColor(changes),
      title: changes.length === 1 ? 'Go/no-go changed' : `${changes.length} go/no-go verdicts changed`,
      message: lines.map((line) => <div key={line}>{line}</div>),
      autoClose: 10_000,
      'data-testid': 'readiness-toast',
    },
    store,
  );
}

/** ReadinessToasts is where showReadinessChanges' toasts appear: bottom left, no wider than the navigation. */
export function ReadinessToasts() {
  return <Notifications store={store} position="bottom-left" containerWidth={196} limit={1} zIndex={150} />;
}
