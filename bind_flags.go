package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// ListFlags lists the latest stored state of every flag matching filter.
func (a *App) ListFlags(filter vm.FlagFilter) ([]vm.StoredFlag, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.StoredFlag, error) {
		return adaptAll(vm.FromStoredFlag)(ws.Flags.List(a.ctx, filter.Filter()))
	})
}

// FlagHistory returns every distinct state one flag has had.
func (a *App) FlagHistory(id vm.FlagID) ([]vm.HistoryPoint, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.HistoryPoint, error) {
		return adaptAll(vm.FromHistoryPoint)(ws.Flags.History(a.ctx, id.ID()))
	})
}
