// Provider connections and their syncs.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { SyncFinishedEvent, SyncProgressEvent, type SyncFinished, type SyncProgress } from './events.gen';

export type ConnectionInfo = viewmodel.ConnectionInfo;
/** ConnectionDraft is a connection as the form edits it. */
export type ConnectionDraft = viewmodel.ConnectionDraft;
export type SyncRun = viewmodel.SyncRun;
export type { SyncFinished, SyncProgress };

export const connectionsApi = {
  listConnections: (): Promise<ConnectionInfo[]> => App.ListConnectionInfo(),
  saveConnection: (c: ConnectionDraft, token: string): Promise<void> => App.SaveConnection(c, token),
  testConnection: (c: ConnectionDraft, token: string): Promise<string> => App.TestConnection(c, token),
  deleteConnection: (name: string): Promise<void> => App.DeleteConnection(name),
  listSyncs: (): Promise<SyncRun[]> => App.ListSyncs(),
  syncConnection: (name: string): Promise<SyncRun> => App.SyncConnection(name),
  cancelSync: (): Promise<void> => App.CancelSync(),
  onSyncProgress: (fn: (p: SyncProgress) => void): (() => void) => EventsOn(SyncProgressEvent, fn),
  onSyncFinished: (fn: (f: SyncFinished) => void): (() => void) => EventsOn(SyncFinishedEvent, fn),
};
