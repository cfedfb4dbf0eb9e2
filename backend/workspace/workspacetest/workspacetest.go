// Package workspacetest opens throw-away workspaces for the tests of the
// services they wire, and edits their databases behind the services' backs
// the way an older version or a hand edit might.
package workspacetest

import (
	"path/filepath"
	"testing"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/secrets"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/workspace"
)

// Open opens a workspace with opts in a temporary folder (unless
// opts.DataDir names one) with secrets in memory (unless opts.Secrets is
// set), and closes it when the test ends.
func Open(t testing.TB, opts workspace.Options) *workspace.Workspace {
	t.Helper()
	if opts.DataDir == "" {
		opts.DataDir = t.TempDir()
	}
	if opts.Secrets == nil {
		opts.Secrets = &secrets.Memory{}
	}
	w, err := workspace.Open(t.Context(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// OpenDemo opens a fresh workspace holding the demo.
func OpenDemo(t testing.TB) *workspace.Workspace {
	t.Helper()
	return Open(t, workspace.Options{OfferDemo: true})
}

// Store opens a second handle to w's database, closed when the test ends.
func Store(t testing.TB, w *workspace.Workspace) *store.Store {
	t.Helper()
	st, err := store.Open(t.Context(), filepath.Join(w.DataDir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// EditDemo changes the demo plan with edit and saves it straight to the
// store, without the checks, drift and index updates of a service.
func EditDemo(t testing.TB, w *workspace.Workspace, edit func(*domain.Plan)) {
	t.Helper()
	st := Store(t, w)
	plan, err := st.GetPlan(t.Context(), demo.ReleaseKey)
	if err == nil {
		edit(&plan)
		_, err = st.SavePlan(t.Context(), plan)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// SaveBroken saves source as the template "broken" straight to the store,
// as the communications service refuses a template that does not render.
func SaveBroken(t testing.TB, w *workspace.Workspace, source string) {
	t.Helper()
	broken, err := comms.ParseTemplate("broken", source)
	if err == nil {
		_, err = Store(t, w).SaveTemplate(t.Context(), broken)
	}
	if err != nil {
		t.Fatal(err)
	}
}
