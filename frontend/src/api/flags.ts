// Synced flag state and its history, each measured against the variation
// being released (see `released`).
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

/** StoredFlag is a flag's latest synced state with its released variation and share. */
export type StoredFlag = viewmodel.Flag;
export type Released = viewmodel.Released;
export type HistoryPoint = viewmodel.HistoryPoint;
export type HistoryChange = viewmodel.HistoryChange;
export type FlagHistory = viewmodel.FlagHistory;
export type FlagID = viewmodel.FlagID;
export type FlagFilter = viewmodel.FlagFilter;

export const flagsApi = {
  listFlags: (filter: FlagFilter = {}): Promise<StoredFlag[]> => App.ListFlags(filter),
  flagHistory: (id: FlagID): Promise<FlagHistory> => App.FlagHistory(id),
};
