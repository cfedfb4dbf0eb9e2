// Synced flag state and its history.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type StoredFlag = viewmodel.StoredFlag;
export type HistoryPoint = viewmodel.HistoryPoint;
export type FlagID = viewmodel.FlagID;
export type FlagFilter = viewmodel.FlagFilter;

export const flagsApi = {
  listFlags: (filter: FlagFilter = {}): Promise<StoredFlag[]> => App.ListFlags(filter),
  flagHistory: (id: FlagID): Promise<HistoryPoint[]> => App.FlagHistory(id),
};
