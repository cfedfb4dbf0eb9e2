package main

import (
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// ListAudit lists audit events matching filter, newest first.
func (a *App) ListAudit(filter vm.AuditFilter) ([]vm.AuditEvent, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.AuditEvent, error) {
		f, err := filter.Filter()
		if err != nil {
			return nil, err
		}
		return adaptAll(vm.FromAuditEvent)(ws.Audit.List(a.ctx, f))
	})
}

// LoadDemo loads (or resets) the demo workspace.
func (a *App) LoadDemo() error {
	return do(a, func(ws *workspace.Workspace) error { return ws.LoadDemo(a.ctx) })
}

// RemoveDemo removes the demo workspace.
func (a *App) RemoveDemo() error {
	return do(a, func(ws *workspace.Workspace) error { return ws.RemoveDemo(a.ctx) })
}
