package main

import (
	"rolloutdesk/backend/communications"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// ReleaseNotices lists the notices drafted for a release when a kill switch
// was used or a phase rolled back — its "Who to tell" — newest first, each
// drafted, exported, sent or dismissed.
func (a *App) ReleaseNotices(release string) ([]vm.Notice, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.Notice, error) {
		return adaptAll(vm.FromNotice)(ws.Comms.Notices(a.ctx, release))
	})
}

// PreviewNotice renders a drafted notice: its text and the files an export
// writes.
func (a *App) PreviewNotice(id int64) (vm.Preview, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Preview, error) {
		return adapt(vm.FromPreview)(ws.Comms.NoticePreview(a.ctx, id))
	})
}

// ExportNoticesFile asks where to save a release's drafted notices ids as a
// zip, writes it and marks them exported. It returns the path, or "" when
// cancelled.
func (a *App) ExportNoticesFile(release string, ids []int64) (string, error) {
	d := SaveDialog{Title: "Export the notices", Filename: communications.NoticesFileName(release),
		Filter: FileFilter{Name: "Zip files (*.zip)", Pattern: "*.zip"}}
	return a.saveAs(d, func(ws *workspace.Workspace, path string) error {
		return ws.Comms.ExportNoticesFile(a.ctx, release, ids, path)
	})
}

// DismissNotice marks a drafted notice dismissed: nobody needs to hear it.
func (a *App) DismissNotice(id int64) error {
	return do(a, func(ws *workspace.Workspace) error { return ws.Comms.DismissNotice(a.ctx, id) })
}

// SendNoticeTest sends a drafted email notice to test recipients through
// the saved SMTP server, reports per recipient, and marks it sent once the
// server accepted it.
func (a *App) SendNoticeTest(id int64, to []string) (vm.SendReport, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.SendReport, error) {
		return adapt(vm.FromSendReport)(ws.Mail.SendNoticeTest(a.ctx, id, to, nil))
	})
}
