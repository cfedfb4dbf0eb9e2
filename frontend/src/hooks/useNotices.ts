import { api, type Notice } from '../api';
import { useLoad, type Loaded } from './useLoad';

/**
 * useNotices loads a release's drafted notices ("Who to tell") and loads
 * them again whenever the release is: no event tells when a kill or a
 * rollback drafted new ones, and both reload the release.
 */
export function useNotices(release: string, loadedRelease: unknown): Loaded<Notice[]> {
  return useLoad(() => api.releaseNotices(release), [release, loadedRelease]);
}
