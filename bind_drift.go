package main

import (
	"rolloutdesk/backend/drift"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// GetDrift judges one release's linked flags against its active phase.
func (a *App) GetDrift(release string) (vm.DriftReport, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.DriftReport, error) {
		return adapt(vm.FromDriftReport)(ws.Drift.Report(a.ctx, release))
	})
}

// ListDriftSummaries summarises the drift of every release.
func (a *App) ListDriftSummaries() ([]vm.DriftSummary, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.DriftSummary, error) {
		return adaptAll(vm.FromDriftSummary)(ws.Drift.Reports(a.ctx))
	})
}

// announceDrift tells the window and the desktop, once each, about the
// verdicts that changed; nothing when none did (a phase move re-judges
// every flag, most of them unchanged).
func (a *App) announceDrift(changes []drift.Change) {
	changed := drift.Changed(changes)
	if len(changed) == 0 {
		return
	}
	a.rt.Emit(vm.FromDriftChanges(changed))
	a.rt.Notify(vm.DriftNotification(changed))
}
