package main

import (
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/syncer"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// SyncRelease syncs every connection a release's flags come from, emitting
// each sync's progress and end, then one drift:changed event (and one
// desktop notification) for all of them together, when any verdict changed.
func (a *App) SyncRelease(release string) (vm.ReleaseSync, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.ReleaseSync, error) {
		out, err := ws.Sync.SyncRelease(a.ctx, release, batchedSync{syncEvents{a}})
		a.announceDrift(out.DriftChanges)
		return vm.FromReleaseSync(out, len(drift.Changed(out.DriftChanges))), err
	})
}

// batchedSync reports each sync of a batch but leaves announcing the drift
// they changed to the caller, once for the batch.
type batchedSync struct{ syncEvents }

// Finished implements syncer.Observer.
func (b batchedSync) Finished(connection string, out syncer.Outcome, err error) {
	b.a.rt.Emit(vm.FromSyncOutcome(connection, out, err))
}
