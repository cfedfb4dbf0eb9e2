import { api, type ConnectionInfo } from '../api';
import { confirmRemoval } from '../components/confirmRemoval';
import { useAction } from './useAction';

/** useDeleteConnection returns an action that confirms, then deletes a connection and its keyring token. */
export function useDeleteConnection(onDone: () => void): (connection: ConnectionInfo) => void {
  const remove = useAction((c: ConnectionInfo) => api.deleteConnection(c.name), {
    success: (_, [c]) => `Deleted ${c.name}.`,
    errorTitle: 'Could not delete the connection',
  });
  return (connection) =>
    confirmRemoval({
      title: `Delete the connection “${connection.name}”?`,
      text: 'Rollout Desk stops syncing it and removes its token from your keyring. Flags already synced and their history stay.',
      confirm: 'Delete connection',
      onConfirm: async () => {
        if ((await remove.run(connection)).ok) onDone();
      },
    });
}
