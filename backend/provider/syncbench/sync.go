// Package syncbench measures a provider's full sync against its fake
// server, for the tests and benchmarks of the provider packages. A
// provider supplies a Setup; CheckRequests tests that syncs make exactly
// the requests their paging requires, and Run benchmarks the sync of the
// product requirement, reporting per sync the requests made, the time of a
// baseline fetch of the same URLs without parsing and the sync's time as a
// multiple of it, and the peak heap.
package syncbench

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
)

// Setup starts a fake with flags flags in each of the environments envs
// that delays every request by latency, and returns the sync of all of
// them by a client of that fake. It fails tb when it cannot.
type Setup func(tb testing.TB, flags int, envs []string, latency time.Duration) Sync

// Fake is the fake server a sync reads from.
type Fake interface {
	// URL is an address on the fake; its scheme and host are used.
	URL() string
	// Requests returns the requests received since the last ResetStats.
	Requests() []fakehttp.Request
	// ResetStats forgets the requests received.
	ResetStats()
	// Close stops the fake.
	Close()
}

// Sync is the sync to measure.
type Sync struct {
	// Fake is the server the sync reads from.
	Fake Fake
	// Header is sent with every baseline request: the authentication the
	// fake requires.
	Header http.Header
	// Source is the client that syncs, and Scope what it reads.
	Source provider.Source
	Scope  provider.Scope
	// WantStates is how many flag states a sync returns.
	WantStates int
	// WantRequests is how many requests one sync needs: those the paging
	// requires plus any unpaged ones.
	WantRequests int
}

// run is one full sync, which must return s.WantStates states.
func (s Sync) run(ctx context.Context) error {
	states, err := s.Source.Fetch(ctx, s.Scope, nil)
	if err != nil {
		return err
	}
	if len(states) != s.WantStates {
		return fmt.Errorf("sync returned %d flag states, want %d", len(states), s.WantStates)
	}
	return nil
}

// Requests runs one sync of s and returns the requests the fake received
// for it, or fails tb when the sync fails.
func Requests(tb testing.TB, s Sync) []fakehttp.Request {
	tb.Helper()
	s.Fake.ResetStats()
	if err := s.run(tb.Context()); err != nil {
		tb.Fatalf("sync: %v", err)
	}
	return s.Fake.Requests()
}

// EnvNames names n environments: environment-0, environment-1, ... (not
// env-N, which splitfake gives as ids and resolves names and ids alike).
func EnvNames(n int) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("environment-%d", i)
	}
	return names
}
