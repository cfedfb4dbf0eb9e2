package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// SearchSupport searches every support guide.
func (a *App) SearchSupport(query string) ([]vm.SupportHit, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.SupportHit, error) {
		return adaptAll(vm.FromSupportHit)(ws.Support.Search(a.ctx, query))
	})
}

// SupportView is what support needs for one phase of a release.
func (a *App) SupportView(release, phase string) (vm.PhaseSupport, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.PhaseSupport, error) {
		return adapt(vm.FromSupportView)(ws.Support.View(a.ctx, release, phase))
	})
}
