import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { api, errorMessage } from '../api';

/** runDemoAction runs a demo change and reports its outcome. */
async function runDemoAction(action: () => Promise<void>, done: string, failed: string, onDone: () => void) {
  try {
    await action();
    notifications.show({ message: done });
    onDone();
  } catch (e) {
    notifications.show({ color: 'red', title: failed, message: errorMessage(e) });
  }
}

/** useRemoveDemo returns an action that confirms, then removes the demo. */
export function useRemoveDemo(onDone: () => void): () => void {
  return () =>
    modals.openConfirmModal({
      title: 'Remove the demo workspace?',
      children: (
        <Text size="sm">
          This deletes the “New checkout” demo release, the demo connection and its flag history. Your own
          releases and connections stay. You can load the demo again from Settings.
        </Text>
      ),
      labels: { confirm: 'Remove demo', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => runDemoAction(api.removeDemo, 'Demo workspace removed.', 'Could not remove the demo', onDone),
    });
}

/** loadDemo loads the demo and reports the outcome. */
export function loadDemo(onDone: () => void): Promise<void> {
  return runDemoAction(api.loadDemo, 'Demo workspace loaded.', 'Could not load the demo', onDone);
}
