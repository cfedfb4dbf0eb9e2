import { api } from '../api';
import { confirmRemoval } from '../components/confirmRemoval';
import { useAction } from './useAction';

/** useRemoveDemo returns an action that confirms, then removes the demo and reports the outcome. */
export function useRemoveDemo(onDone: () => void): () => void {
  const remove = useAction(api.removeDemo, { success: 'Demo workspace removed.', errorTitle: 'Could not remove the demo' });
  return () =>
    confirmRemoval({
      title: 'Remove the demo workspace?',
      text: 'This deletes the “New checkout” demo release, the demo connection and its flag history. Your own releases and connections stay. You can load the demo again from Settings.',
      confirm: 'Remove demo',
      onConfirm: async () => {
        if ((await remove.run()).ok) onDone();
      },
    });
}

/** useLoadDemo returns an action that loads the demo and reports the outcome. */
export function useLoadDemo(onDone: () => void): () => Promise<void> {
  const load = useAction(api.loadDemo, { success: 'Demo workspace loaded.', errorTitle: 'Could not load the demo' });
  return async () => {
    if ((await load.run()).ok) onDone();
  };
}
