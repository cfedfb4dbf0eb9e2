package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// YourName says who the audit log names for your actions: the name set in
// Settings, else the operating system's user.
func (a *App) YourName() (vm.Identity, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Identity, error) {
		return adapt(vm.FromIdentity)(ws.Actors.Identity(a.ctx))
	})
}

// SetYourName saves the name the audit log records for your actions; ""
// goes back to the operating system's user.
func (a *App) SetYourName(name string) (vm.Identity, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Identity, error) {
		return adapt(vm.FromIdentity)(ws.Actors.SetDisplayName(a.ctx, name))
	})
}
