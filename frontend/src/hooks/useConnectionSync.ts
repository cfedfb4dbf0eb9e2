import { useCallback } from 'react';
import { api, type SyncProgress } from '../api';
import { useSync } from './useSync';

/** useConnectionSync syncs one connection on demand, following its progress events while it runs. */
export function useConnectionSync(connection: string, onSynced: () => void) {
  const matches = useCallback((p: SyncProgress) => p.connection === connection, [connection]);
  return useSync(() => api.syncConnection(connection), {
    matches,
    onSynced,
    success: (run) => ({ color: 'teal', message: `Synced ${run.flags} flag states from ${connection}; ${run.changed} changed.` }),
    errorTitle: `Sync of ${connection} failed`,
  });
}
