package main

import (
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/syncer"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// SyncConnection pulls the current flag state of one connection, emitting
// progress events, and returns the recorded run. CancelSync stops it.
func (a *App) SyncConnection(name string) (vm.SyncRun, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.SyncRun, error) {
		out, err := ws.Sync.Sync(a.ctx, syncer.Request{Connection: name}, syncEvents{a})
		return adapt(vm.FromSyncRun)(out.Run, err)
	})
}

// CancelSync cancels the running sync, if any.
func (a *App) CancelSync() {
	if ws, err := a.workspace(); err == nil {
		ws.Sync.Cancel()
	}
}

// ListSyncs lists recent sync runs.
func (a *App) ListSyncs() ([]vm.SyncRun, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.SyncRun, error) {
		return adaptAll(vm.FromSyncRun)(ws.Sync.Runs(a.ctx))
	})
}

// syncEvents tells the window how a sync goes, and the desktop about the
// verdicts it changed. Syncs on schedule report through it too.
type syncEvents struct{ a *App }

// Progress implements syncer.Observer.
func (s syncEvents) Progress(connection string, p provider.Progress) {
	s.a.rt.Emit(vm.FromProgress(connection, p))
}

// Finished implements syncer.Observer.
func (s syncEvents) Finished(connection string, out syncer.Outcome, err error) {
	s.a.rt.Emit(vm.FromSyncOutcome(connection, out, err))
	s.a.announceDrift(out.DriftChanges)
}
