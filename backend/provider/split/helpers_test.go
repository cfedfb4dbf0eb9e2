package split_test

import (
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/split/splitfake"
	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// world is a fake with two workspaces; Default has "Production" (120 flags,
// three pages), "production" (2 flags) and "Staging" (none).
type world struct {
	srv              *splitfake.Server
	ws               splitfake.Workspace
	prod, lower, stg splitfake.Environment
}

func newWorld(t testing.TB) world {
	t.Helper()
	srv := splitfake.New(splitfake.Options{})
	t.Cleanup(srv.Close)
	w := world{srv: srv, ws: srv.AddWorkspace(splitfake.Workspace{Name: "Default"})}
	srv.AddWorkspace(splitfake.Workspace{Name: "Other"})
	w.prod = srv.AddEnvironment(w.ws.ID, splitfake.Environment{Name: "Production", Production: true})
	w.lower = srv.AddEnvironment(w.ws.ID, splitfake.Environment{Name: "production"})
	w.stg = srv.AddEnvironment(w.ws.ID, splitfake.Environment{Name: "Staging"})
	for i := range 120 {
		srv.PutDefinition(w.ws.ID, w.prod.ID, simpleDefinition(fmt.Sprintf("flag_%03d", i)))
	}
	for _, name := range []string{"lower_a", "lower_b"} {
		srv.PutDefinition(w.ws.ID, w.lower.ID, simpleDefinition(name))
	}
	return w
}

func simpleDefinition(name string) splitfake.Definition {
	return splitfake.Definition{
		Name:              name,
		Treatments:        []splitfake.Treatment{{Name: "on"}, {Name: "off"}},
		DefaultTreatment:  "off",
		TrafficAllocation: 100,
		DefaultRule:       []splitfake.Bucket{{Treatment: "on", Size: 20}, {Treatment: "off", Size: 80}},
	}
}

// client returns a Client for the fake with a clock that records waits
// instead of sleeping, and no jitter; edit adjusts the options first.
func (w world) client(t testing.TB, edit func(*split.Options)) (*split.Client, *transporttest.Clock) {
	t.Helper()
	clock := transporttest.NewClock(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	opts := split.Options{
		BaseURL: w.srv.URL(),
		Token:   w.srv.Token(),
		Transport: transport.Options{
			Clock:  clock,
			Jitter: func(time.Duration) time.Duration { return 0 },
		},
	}
	if edit != nil {
		edit(&opts)
	}
	c, err := split.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c, clock
}

// headerRecorder is an http.RoundTripper that keeps the last request's
// headers.
type headerRecorder struct {
	mu   sync.Mutex
	last http.Header
}

func (h *headerRecorder) RoundTrip(r *http.Request) (*http.Response, error) {
	h.mu.Lock()
	h.last = r.Header.Clone()
	h.mu.Unlock()
	return http.DefaultTransport.RoundTrip(r)
}
