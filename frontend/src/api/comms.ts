// Communications: templates, previews, bundles, the calendar and email.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type Template = viewmodel.Template;
export type Preview = viewmodel.Preview;
export type TemplateVariable = viewmodel.TemplateVariable;
export type CalendarEntry = viewmodel.CalendarEntry;
export type SMTPSettings = viewmodel.SMTPSettings;
export type SendReport = viewmodel.SendReport;

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
};
