package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// GetStatusLine is one release's Now / Next / Due line.
func (a *App) GetStatusLine(release string) (vm.StatusLine, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.StatusLine, error) {
		return adapt(vm.FromStatusLine)(ws.Status.Line(a.ctx, release))
	})
}

// ListStatusLines is every release's Now / Next / Due line, for the
// releases list.
func (a *App) ListStatusLines() ([]vm.StatusLine, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.StatusLine, error) {
		return adaptAll(vm.FromStatusLine)(ws.Status.Lines(a.ctx))
	})
}
