// The only module that talks to the Go side. Pages import from here, never
// from the generated wailsjs bindings, so tests can replace this one module.
import * as App from '../../wailsjs/go/main/App';
import { EventsOn } from '../../wailsjs/runtime/runtime';
import type { actions, calendar, comms, domain, drift, mail, main, plan, provider, store, workspace } from '../../wailsjs/go/models';

export type AppStatus = main.AppStatus;
export type ReleaseSummary = store.ReleaseSummary;
export type Plan = domain.Plan;
export type Phase = domain.Phase;
export type FlagLink = domain.FlagLink;
export type StoredFlag = domain.StoredFlag;
export type HistoryPoint = domain.HistoryPoint;
export type Connection = domain.Connection;
export type ConnectionInfo = main.ConnectionInfo;
export type SyncRun = domain.SyncRun;
export type Template = domain.Template;
export type AuditEvent = domain.AuditEvent;
export type FlagID = provider.ID;
export type DriftReport = drift.Report;
export type DriftFlag = drift.Flag;
export type DriftSummary = main.DriftSummary;
export type LinkHistory = main.LinkHistory;
export type Release = domain.Release;
export type PlanProblem = plan.Problem;
export type ActionResult = actions.Result;
export type Proposal = actions.Proposal;
export type FlagChange = actions.FlagChange;
export type SMTPSettings = mail.Settings;
export type Preview = comms.Preview;
export type TemplateVariable = comms.Variable;
export type SendReport = mail.Report;
export type CalendarEntry = calendar.Entry;
export type SupportHit = store.SupportHit;
export type PhaseSupport = workspace.PhaseSupport;

export interface FlagFilter {
  provider?: string;
  project?: string;
  environment?: string;
}

export interface AuditFilter {
  release?: string;
  action?: string;
  since?: string; // RFC 3339
  limit?: number;
}

/** LinkDraft is a flag link as the link dialog builds it. */
export interface LinkDraft {
  provider: string;
  project: string;
  environment: string;
  flag_key: string;
  variation: string;
}

/** ConnectionDraft is a connection as the form edits it. */
export interface ConnectionDraft {
  name: string;
  provider: string;
  base_url: string;
  project: string;
  environments: string[];
  auth: string;
  sync_every_minutes: number;
}

export interface DriftChange {
  release: string;
  flag: DriftFlag;
  before: string;
}

export interface SyncFinished {
  connection: string;
  status: string;
  flags: number;
  changed: number;
  error: string;
}

export interface SyncProgress {
  connection: string;
  done: number;
  total: number;
  message: string;
}

export const api = {
  status: (): Promise<AppStatus> => App.Status(),
  listReleases: (): Promise<ReleaseSummary[]> => App.ListReleases(),
  getRelease: (key: string): Promise<Plan> => App.GetRelease(key),
  listFlags: (filter: FlagFilter = {}): Promise<StoredFlag[]> =>
    App.ListFlags({ provider: '', project: '', environment: '', ...filter }),
  flagHistory: (id: FlagID): Promise<HistoryPoint[]> => App.FlagHistory(id),
  listConnections: (): Promise<ConnectionInfo[]> => App.ListConnectionInfo(),
  saveConnection: (c: ConnectionDraft, token: string): Promise<void> => App.SaveConnection(c as never, token),
  testConnection: (c: ConnectionDraft, token: string): Promise<string> => App.TestConnection(c as never, token),
  deleteConnection: (name: string): Promise<void> => App.DeleteConnection(name),
  listSyncs: (): Promise<SyncRun[]> => App.ListSyncs(),
  syncConnection: (name: string): Promise<SyncRun> => App.SyncConnection(name),
  cancelSync: (): Promise<void> => App.CancelSync(),
  listTemplates: (): Promise<Template[]> => App.ListTemplates(),
  getDrift: (release: string): Promise<DriftReport> => App.GetDrift(release),
  listDriftSummaries: (): Promise<DriftSummary[]> => App.ListDriftSummaries(),
  listAudit: (filter: AuditFilter = {}): Promise<AuditEvent[]> =>
    // The Go side takes a time for "since": send it only when set.
    App.ListAudit({ release: '', action: '', limit: 0, ...filter } as never),
  loadDemo: (): Promise<void> => App.LoadDemo(),
  createRelease: (r: { key: string; name: string; owner: string; description: string }): Promise<Plan> =>
    App.CreateRelease(r as never),
  linkFlag: (release: string, link: LinkDraft): Promise<Plan> => App.LinkFlag(release, link as never),
  unlinkFlag: (release: string, link: FlagLink): Promise<Plan> => App.UnlinkFlag(release, link),
  planYAML: (release: string): Promise<string> => App.PlanYAML(release),
  checkPlanYAML: (name: string, text: string): Promise<PlanProblem[]> => App.CheckPlanYAML(name, text),
  savePlanYAML: (name: string, text: string): Promise<Plan> => App.SavePlanYAML(name, text),
  importPlanFile: (): Promise<string> => App.ImportPlanFile(),
  exportPlanFile: (release: string): Promise<string> => App.ExportPlanFile(release),
  killFlag: (id: FlagID, on: boolean, comment: string, release: string): Promise<ActionResult> =>
    App.KillFlag(id, on, comment, release),
  proposeMove: (release: string, direction: 'advance' | 'rollback'): Promise<Proposal> =>
    App.ProposeMove(release, direction),
  applyMove: (proposal: Proposal, applyRollout: boolean, comment: string): Promise<ActionResult[]> =>
    App.ApplyMove({ proposal, apply_rollout: applyRollout, comment } as never),
  releaseHistory: (release: string): Promise<LinkHistory[]> => App.ReleaseHistory(release),
  previewTemplate: (release: string, phase: string, name: string, source: string): Promise<Preview> =>
    App.PreviewTemplate(release, phase, name, source),
  templateVariables: (release: string, phase: string): Promise<TemplateVariable[]> => App.TemplateVariables(release, phase),
  saveTemplate: (name: string, source: string): Promise<Template> => App.SaveTemplate(name, source),
  exportBundleFile: (release: string, phase: string): Promise<string> => App.ExportBundleFile(release, phase),
  sendTest: (release: string, phase: string, template: string, to: string[]): Promise<SendReport> =>
    App.SendTest(release, phase, template, to),
  calendar: (release: string): Promise<CalendarEntry[]> => App.Calendar(release),
  exportCalendarFile: (release: string): Promise<string> => App.ExportCalendarFile(release),
  searchSupport: (query: string): Promise<SupportHit[]> => App.SearchSupport(query),
  supportView: (release: string, phase: string): Promise<PhaseSupport> => App.SupportView(release, phase),
  smtpSettings: (): Promise<SMTPSettings> => App.SMTPSettings(),
  saveSMTPSettings: (s: SMTPSettings, password: string): Promise<void> => App.SaveSMTPSettings(s, password),
  removeDemo: (): Promise<void> => App.RemoveDemo(),
  onSyncProgress: (fn: (p: SyncProgress) => void): (() => void) =>
    EventsOn('sync:progress', (p: SyncProgress) => fn(p)),
  onSyncFinished: (fn: (f: SyncFinished) => void): (() => void) =>
    EventsOn('sync:finished', (f: SyncFinished) => fn(f)),
  onDriftChanged: (fn: (changes: DriftChange[]) => void): (() => void) =>
    EventsOn('drift:changed', (changes: DriftChange[]) => fn(changes)),
};

export type Api = typeof api;

/** errorMessage turns a rejected binding call into readable text. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  return JSON.stringify(err);
}
