import { useEffect, useState } from 'react';
import { api, type SyncProgress } from '../api';
import { useAction, type ActionOptions } from './useAction';

/** SyncOptions say which progress events belong to a sync, and what it tells when it ends. */
export interface SyncOptions<T> extends Pick<ActionOptions<[], T>, 'success' | 'errorTitle'> {
  /** matches picks the progress events of this sync's connections. */
  matches: (p: SyncProgress) => boolean;
  /** onSynced hears the result of a sync that succeeded. */
  onSynced: (result: T) => void;
}

/** useSync runs a sync on demand, following its progress events while it runs. */
export function useSync<T>(run: () => Promise<T>, { matches, onSynced, ...options }: SyncOptions<T>) {
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  useEffect(() => api.onSyncProgress((p) => matches(p) && setProgress(p)), [matches]);
  const sync = useAction(run, options);

  return {
    running: sync.busy,
    progress,
    percent: progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0,
    start: async () => {
      setProgress(null);
      const outcome = await sync.run();
      if (outcome.ok) onSynced(outcome.value);
    },
  };
}

/** Sync is what useSync returns: for SyncRunning and the button that starts it. */
export type Sync = ReturnType<typeof useSync>;
