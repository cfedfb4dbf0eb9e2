// Report: the rollout report as a standalone page, its notes and exports.
import * as App from '../../wailsjs/go/main/App';

export const reportApi = {
  reportHTML: (release: string): Promise<string> => App.ReportHTML(release),
  reportNotes: (release: string): Promise<string> => App.ReportNotes(release),
  saveReportNotes: (release: string, notes: string): Promise<void> => App.SaveReportNotes(release, notes),
  /** Resolve to the path written, or "" when the dialog was cancelled. */
  exportReportHTML: (release: string): Promise<string> => App.ExportReportHTML(release),
  exportReportMarkdown: (release: string): Promise<string> => App.ExportReportMarkdown(release),
};
