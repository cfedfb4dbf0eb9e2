import { useState } from 'react';
import { api, type ReleaseSync, type SyncProgress } from '../api';
import { useSync } from './useSync';

// A release sync follows the progress of whichever connection it is syncing.
const anyConnection = (_: SyncProgress) => true;

/** releaseSyncText says what a release sync did, for the line beside its button. */
export function releaseSyncText(r: ReleaseSync, at: Date): string {
  const flags = r.runs.reduce((n, run) => n + run.flags, 0);
  const changed = r.runs.reduce((n, run) => n + run.changed, 0);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const from = r.runs.length === 1 ? `${r.runs[0].provider} ${r.runs[0].project}` : `${r.runs.length} connections`;
  const drift = r.drift_changed === 0 ? 'no drift verdict changed' : `${r.drift_changed} drift verdict${r.drift_changed === 1 ? '' : 's'} changed`;
  return `Synced ${flags} flag states from ${from} at ${time}: ${changed} changed, ${drift}.`;
}

/**
 * useReleaseSync syncs every connection a release's flags come from. It
 * shows no toast of its own when it succeeds: the drift changes arrive as
 * one toast, and `done` says what it did beside the button.
 */
export function useReleaseSync(release: string, onSynced: () => void) {
  const [done, setDone] = useState('');
  const sync = useSync(() => api.syncRelease(release), {
    matches: anyConnection,
    errorTitle: `Sync of ${release} failed`,
    onSynced: (r) => {
      setDone(releaseSyncText(r, new Date()));
      onSynced();
    },
  });
  return { ...sync, done };
}
