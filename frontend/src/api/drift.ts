// Drift: each linked flag's verdict against the active phase.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { DriftChangedEvent, type DriftChange, type DriftChanged } from './events.gen';

export type DriftReport = viewmodel.DriftReport;
export type DriftFlag = viewmodel.DriftFlag;
export type DriftSummary = viewmodel.DriftSummary;
export type { DriftChange, DriftChanged };

export const driftApi = {
  getDrift: (release: string): Promise<DriftReport> => App.GetDrift(release),
  listDriftSummaries: (): Promise<DriftSummary[]> => App.ListDriftSummaries(),
  onDriftChanged: (fn: (changes: DriftChanged) => void): (() => void) => EventsOn(DriftChangedEvent, fn),
};
