package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// ListFlags lists the latest stored state of every flag matching filter,
// each with its released variation and share.
func (a *App) ListFlags(filter vm.FlagFilter) ([]vm.Flag, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.Flag, error) {
		return adaptAll(vm.FromFlag)(ws.Flags.List(a.ctx, filter.Filter()))
	})
}

// FlagHistory returns every distinct state one flag has had, measured
// against its released variation, with who changed it from the desk.
func (a *App) FlagHistory(id vm.FlagID) (vm.FlagHistory, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.FlagHistory, error) {
		return adapt(vm.FromFlagHistory)(ws.Flags.History(a.ctx, id.ID()))
	})
}
