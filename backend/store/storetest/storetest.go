// Package storetest opens throw-away workspace databases for other
// packages' tests.
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"rolloutdesk/backend/store"
)

// Open opens a fresh, migrated database in a temporary folder and closes it
// when the test ends.
func Open(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), store.FileName))
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
