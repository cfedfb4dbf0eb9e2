// Communications: templates, previews, bundles, the calendar and email,
// what a release's communications miss, what is due, what changed since the
// last export, and the notices drafted when a kill switch is used or a phase
// is rolled back ("Who to tell").
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type Template = viewmodel.Template;
export type Preview = viewmodel.Preview;
export type TemplateVariable = viewmodel.TemplateVariable;
export type CalendarEntry = viewmodel.CalendarEntry;
export type SMTPSettings = viewmodel.SMTPSettings;
export type SendReport = viewmodel.SendReport;
export type CommsCoverage = viewmodel.CommsCoverage;
export type UnmatchedTemplate = viewmodel.UnmatchedTemplate;
export type Notice = viewmodel.Notice;
export type NoticeEvent = viewmodel.NoticeEvent;
export type Incident = viewmodel.Incident;
export type Rollback = viewmodel.Rollback;
export type CommsChange = viewmodel.CommsChange;
export type AsOf = viewmodel.AsOf;
export type AsOfDraft = viewmodel.AsOfDraft;
export type PlannedExposure = viewmodel.PlannedExposure;

export const commsApi = {
  listTemplates: (): Promise<Template[]> => App.ListTemplates(),
  previewTemplate: (release: string, phase: string, name: string, source: string): Promise<Preview> =>
    App.PreviewTemplate(release, phase, name, source),
  templateVariables: (release: string, phase: string): Promise<TemplateVariable[]> => App.TemplateVariables(release, phase),
  saveTemplate: (name: string, source: string): Promise<Template> => App.SaveTemplate(name, source),
  exportBundleFile: (release: string, phase: string): Promise<string> => App.ExportBundleFile(release, phase),
  calendar: (release: string): Promise<CalendarEntry[]> => App.Calendar(release),
  exportCalendarFile: (release: string): Promise<string> => App.ExportCalendarFile(release),
  smtpSettings: (): Promise<SMTPSettings> => App.SMTPSettings(),
  saveSMTPSettings: (s: SMTPSettings, password: string): Promise<void> => App.SaveSMTPSettings(s, password),
  sendTest: (release: string, phase: string, template: string, to: string[]): Promise<SendReport> =>
    App.SendTest(release, phase, template, to),
  /** The templates that go out with a phase ('' = active, else first), on channel ('' = any). */
  templatesForPhase: (release: string, phase: string, channel: string): Promise<Template[]> =>
    App.TemplatesForPhase(release, phase, channel),
  /** Templates naming phases the release lacks, and phases no email or in-app template tells. */
  commsCheck: (release: string): Promise<CommsCoverage> => App.CommsCheck(release),
  /** What goes out across every release from one day to another (YYYY-MM-DD; '' = today, a week). */
  commsDue: (from: string, to: string): Promise<CalendarEntry[]> => App.CommsDue(from, to),
  /** Phase communications whose text changed since they were last exported, each with a line diff. */
  commsChanges: (release: string): Promise<CommsChange[]> => App.CommsChanges(release),
  /** A release's "Who to tell": drafted notices, newest first. */
  releaseNotices: (release: string): Promise<Notice[]> => App.ReleaseNotices(release),
  previewNotice: (id: number): Promise<Preview> => App.PreviewNotice(id),
  /** Saves notices as a zip through the save dialog and marks them exported; '' when cancelled. */
  exportNoticesFile: (release: string, ids: number[]): Promise<string> => App.ExportNoticesFile(release, ids),
  dismissNotice: (id: number): Promise<void> => App.DismissNotice(id),
  /** Sends an email notice to test recipients and marks it sent once accepted. */
  sendNoticeTest: (id: number, to: string[]): Promise<SendReport> => App.SendNoticeTest(id, to),
  /** A release as its plan has it on a day (YYYY-MM-DD, '' today): the phase in effect, flag exposure and that day's drafts. */
  commsPreviewAsOf: (release: string, day: string): Promise<AsOf> => App.CommsPreviewAsOf(release, day),
};
