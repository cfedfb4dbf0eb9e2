import { api } from '../api';
import { useLoad } from './useLoad';

/**
 * useRelease loads what the release page shows: the plan, the synced flags,
 * drift, each link's history, the go/no-go verdict and the stored metric
 * values; one reload after any change refreshes them all.
 */
export function useRelease(key: string) {
  return useLoad(async () => {
    const [plan, flags, drift, histories, readiness, values] = await Promise.all([
      api.getRelease(key),
      api.listFlags(),
      api.getDrift(key),
      api.releaseHistory(key),
      api.getReadiness(key),
      api.listMetricValues(key),
    ]);
    return { plan, flags, drift, histories, readiness, values };
  }, [key]);
}
