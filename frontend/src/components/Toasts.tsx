import { useViewportSize } from '@mantine/hooks';
import { notifications, Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

/** TOAST_LINES is how many items a grouped toast words; it counts the rest. */
export const TOAST_LINES = 3;

/** How long a toast stays, unless it asks to stay until closed. */
const AUTO_CLOSE_MS = 5_000;

/** GroupedToast is one toast for a batch of changes: a title, the first few in words, and a count of the rest. */
export interface GroupedToast {
  /** The same id shows the same toast once, however often the batch is heard. */
  id: string;
  title: string;
  lines: string[];
  /** How many changes the lines leave out. */
  more: number;
  color: string;
  testId: string;
}

/** groupLines words the first TOAST_LINES items and counts the rest. */
export function groupLines<T>(items: T[], text: (item: T) => string): { lines: string[]; more: number } {
  return { lines: items.slice(0, TOAST_LINES).map(text), more: Math.max(0, items.length - TOAST_LINES) };
}

/** groupedMessage is a grouped toast's body: one line per change, then "and N more". */
export function groupedMessage(lines: string[], more: number): ReactNode {
  const all = more > 0 ? [...lines, `and ${more} more`] : lines;
  return all.map((line) => <div key={line}>{line}</div>);
}

/** showGroupedToast shows one toast for a batch of changes. */
export function showGroupedToast(t: GroupedToast) {
  notifications.show({
    id: t.id,
    color: t.color,
    title: t.title,
    message: groupedMessage(t.lines, t.more),
    'data-testid': t.testId,
  });
}

/** Below this window height two toasts could reach up over the navigation's links: one at a time then. */
const TWO_TOASTS_MIN_HEIGHT = 860;

/**
 * AppToasts is where every toast appears: in the navigation's empty lower
 * part, no wider than it, where it covers no control (page header actions,
 * the Kill/Restore buttons); above the navigation, below dialogs (Mantine's
 * app and modal levels, 100 and 200). Two at a time in a tall window, one in
 * a short one; the rest wait.
 */
export function AppToasts() {
  const { height } = useViewportSize();
  const limit = height >= TWO_TOASTS_MIN_HEIGHT ? 2 : 1;
  return <Notifications position="bottom-left" containerWidth={196} limit={limit} autoClose={AUTO_CLOSE_MS} zIndex={150} />;
}
