import { useEffect } from 'react';
import { api } from '../api';
import { useLoad } from './useLoad';

/** useSettings loads the workspace status, the connections and the sync runs, again whenever a sync finishes. */
export function useSettings() {
  const settings = useLoad(async () => {
    const [status, connections, syncs] = await Promise.all([api.status(), api.listConnections(), api.listSyncs()]);
    return { status, connections, syncs };
  }, []);
  const reload = settings.reload;
  useEffect(() => api.onSyncFinished(() => reload()), [reload]);
  return settings;
}
