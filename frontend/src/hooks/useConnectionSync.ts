import { useEffect, useState } from 'react';
import { api, type SyncProgress } from '../api';
import { useAction } from './useAction';

/** useConnectionSync syncs one connection on demand, following its progress events while it runs. */
export function useConnectionSync(connection: string, onSynced: () => void) {
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  useEffect(() => api.onSyncProgress((p) => p.connection === connection && setProgress(p)), [connection]);
  const sync = useAction(() => api.syncConnection(connection), {
    success: (run) => ({ color: 'teal', message: `Synced ${run.flags} flag states from ${connection}; ${run.changed} changed.` }),
    errorTitle: `Sync of ${connection} failed`,
  });

  return {
    running: sync.busy,
    progress,
    percent: progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0,
    start: async () => {
      setProgress(null);
      if ((await sync.run()).ok) onSynced();
    },
  };
}
