// Status: each release's Now / Next / Due line, and syncing a release's
// connections from its page.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type StatusLine = viewmodel.StatusLine;
export type ReleaseSync = viewmodel.ReleaseSync;

export const statusApi = {
  getStatusLine: (release: string): Promise<StatusLine> => App.GetStatusLine(release),
  listStatusLines: (): Promise<StatusLine[]> => App.ListStatusLines(),
  /** Syncs every connection the release's flags come from; drift changes arrive as one drift:changed event. */
  syncRelease: (release: string): Promise<ReleaseSync> => App.SyncRelease(release),
};
