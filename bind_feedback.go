package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// feedbackFilter picks the support exports an import dialog offers.
var feedbackFilter = FileFilter{Name: "Feedback exports (*.csv)", Pattern: "*.csv"}

// ListFeedback lists a release's feedback matching f, newest first.
func (a *App) ListFeedback(f vm.FeedbackFilter) ([]vm.FeedbackEntry, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.FeedbackEntry, error) {
		return adaptAll(vm.FromFeedbackListed)(ws.Feedback.List(a.ctx, f.Filter(), f.Phase))
	})
}

// FeedbackSummary counts a release's feedback by sentiment per phase.
func (a *App) FeedbackSummary(release string) ([]vm.FeedbackCounts, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.FeedbackCounts, error) {
		return adaptAll(vm.FromFeedbackCounts)(ws.Feedback.Summary(a.ctx, release))
	})
}

// AddFeedback adds one entry typed in the window.
func (a *App) AddFeedback(d vm.FeedbackDraft) (vm.FeedbackAdded, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.FeedbackAdded, error) {
		e, err := d.Entry()
		if err != nil {
			return vm.FeedbackAdded{}, err
		}
		return adapt(vm.FromFeedbackAdded)(ws.Feedback.Add(a.ctx, e))
	})
}

// EditFeedback replaces an entry's fields.
func (a *App) EditFeedback(d vm.FeedbackDraft) error {
	return do(a, func(ws *workspace.Workspace) error {
		e, err := d.Entry()
		if err != nil {
			return err
		}
		return ws.Feedback.Edit(a.ctx, e)
	})
}

// DeleteFeedback removes an entry.
func (a *App) DeleteFeedback(release string, id int64) error {
	return do(a, func(ws *workspace.Workspace) error { return ws.Feedback.Delete(a.ctx, release, id) })
}

// ImportFeedbackFile asks for a support tool's CSV export and imports it
// into a release; nil when the dialog was cancelled.
func (a *App) ImportFeedbackFile(release string) (*vm.FeedbackAdded, error) {
	return serve(a, func(ws *workspace.Workspace) (*vm.FeedbackAdded, error) {
		path, err := a.rt.OpenDialog(OpenDialog{Title: "Import customer feedback", Filter: feedbackFilter})
		if err != nil || path == "" {
			return nil, err
		}
		return adapt(pointer(vm.FromFeedbackAdded))(ws.Feedback.ImportFile(a.ctx, release, path))
	})
}
