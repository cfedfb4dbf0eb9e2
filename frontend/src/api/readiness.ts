// Readiness: is the phase working, may we advance — verdicts, metric values,
// manual criteria and adoption.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { ReadinessChangedEvent, type ReadinessChange, type ReadinessChanged } from './events.gen';

export type Readiness = viewmodel.Readiness;
export type ReadinessReason = viewmodel.ReadinessReason;
export type CriterionEvidence = viewmodel.CriterionEvidence;
export type MetricValue = viewmodel.MetricValue;
export type MetricsImported = viewmodel.MetricsImported;
export type Adoption = viewmodel.Adoption;
export type FlagUsage = viewmodel.FlagUsage;
export type { ReadinessChange };

export const readinessApi = {
  getReadiness: (release: string): Promise<Readiness> => App.GetReadiness(release),
  listReadiness: (): Promise<Readiness[]> => App.ListReadiness(),
  listMetricValues: (release: string): Promise<MetricValue[]> => App.ListMetricValues(release),
  /** Resolves to null when the file dialog was cancelled. */
  importMetricsFile: (release: string): Promise<MetricsImported | null> => App.ImportMetricsFile(release),
  enterMetric: (release: string, metric: string, day: string, value: number): Promise<MetricsImported> =>
    App.EnterMetric(release, metric, day, value),
  tickCriterion: (release: string, phase: string, text: string, done: boolean): Promise<viewmodel.Plan> =>
    App.TickCriterion(release, phase, text, done),
  listAdoption: (release: string): Promise<Adoption[]> => App.ListAdoption(release),
  flagUsage: (id: viewmodel.FlagID): Promise<FlagUsage> => App.FlagUsage(id),
  onReadinessChanged: (fn: (changes: ReadinessChanged) => void): (() => void) => EventsOn(ReadinessChangedEvent, fn),
};
