package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// ListConnectionInfo lists the connections with their token status.
func (a *App) ListConnectionInfo() ([]vm.ConnectionInfo, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.ConnectionInfo, error) {
		return adaptAll(vm.FromConnectionInfo)(ws.Connections.ListWithTokens(a.ctx))
	})
}

// SaveConnection saves a connection; a non-empty token goes to the system
// keyring (an empty one keeps the stored token).
func (a *App) SaveConnection(c vm.ConnectionDraft, token string) error {
	return do(a, func(ws *workspace.Workspace) error { return ws.Connections.Save(a.ctx, c.Connection(), token) })
}

// DeleteConnection removes a connection and its stored token.
func (a *App) DeleteConnection(name string) error {
	return do(a, func(ws *workspace.Workspace) error { return ws.Connections.Delete(a.ctx, name) })
}

// TestConnection checks that the provider answers with these settings and
// returns what it found.
func (a *App) TestConnection(c vm.ConnectionDraft, token string) (string, error) {
	return serve(a, func(ws *workspace.Workspace) (string, error) {
		return ws.Connections.Test(a.ctx, c.Connection(), token)
	})
}
