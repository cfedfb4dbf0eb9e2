import { api } from '../api';
import { useLoad } from './useLoad';

/** useRelease loads what the release page shows: the plan, the synced flags, drift and each link's history. */
export function useRelease(key: string) {
  return useLoad(async () => {
    const [plan, flags, drift, histories] = await Promise.all([
      api.getRelease(key),
      api.listFlags(),
      api.getDrift(key),
      api.releaseHistory(key),
    ]);
    return { plan, flags, drift, histories };
  }, [key]);
}
