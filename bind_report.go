package main

import (
	"rolloutdesk/backend/workspace"
)

// ReportHTML is a release's rollout report as of now, as one standalone
// HTML page without scripts, for the window to show in a sandboxed frame.
func (a *App) ReportHTML(release string) (string, error) {
	return serve(a, func(ws *workspace.Workspace) (string, error) { return ws.Report.HTML(a.ctx, release) })
}

// ReportNotes returns the notes to carry into the next release.
func (a *App) ReportNotes(release string) (string, error) {
	return serve(a, func(ws *workspace.Workspace) (string, error) { return ws.Report.Notes(a.ctx, release) })
}

// SaveReportNotes replaces the notes to carry into the next release.
func (a *App) SaveReportNotes(release, notes string) error {
	return do(a, func(ws *workspace.Workspace) error { return ws.Report.SaveNotes(a.ctx, release, notes) })
}

// ExportReportHTML asks where to save the report as HTML and writes it; ""
// when cancelled.
func (a *App) ExportReportHTML(release string) (string, error) {
	return a.saveAs(SaveDialog{Title: "Save the rollout report", Filename: release + "-report.html",
		Filter: FileFilter{Name: "Web page (*.html)", Pattern: "*.html"}},
		func(ws *workspace.Workspace, path string) error { return ws.Report.SaveHTML(a.ctx, release, path) })
}

// ExportReportMarkdown asks where to save the report as Markdown and writes
// it, with its charts in a charts folder beside it; "" when cancelled.
func (a *App) ExportReportMarkdown(release string) (string, error) {
	return a.saveAs(SaveDialog{Title: "Save the rollout report as Markdown", Filename: release + "-report.md",
		Filter: FileFilter{Name: "Markdown (*.md)", Pattern: "*.md"}},
		func(ws *workspace.Workspace, path string) error { return ws.Report.SaveMarkdown(a.ctx, release, path) })
}
