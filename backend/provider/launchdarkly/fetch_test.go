package launchdarkly

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/transport"
)

// flagRequests returns the queries of the flags-list requests srv
// received: those of live flags and those of archived ones.
func flagRequests(srv *ldfake.Server) (live, archived []url.Values) {
	for _, r := range srv.Requests() {
		if !strings.HasPrefix(r.Path, "/api/v2/flags/") {
			continue
		}
		q, _ := url.ParseQuery(r.RawQuery)
		if q.Get("filter") == "state:archived" {
			archived = append(archived, q)
		} else {
			live = append(live, q)
		}
	}
	return live, archived
}

func TestFetchPagesAndChunks(t *testing.T) {
	envs5 := []string{"e1", "e2", "e3", "e4", "e5"}
	all := []string{"production", "staging", "development"}
	tests := []struct {
		name              string
		flags, archived   int
		pageCap           int      // the most items the fake serves a page; 0: as asked
		envs              []string // the project's environments; nil: the generator's three
		scope             []string
		wantEnvs          []string
		wantEnvPages      int
		wantPages         int // requests for live flags
		wantArchivedPages int // requests for archived flags
	}{
		{"one short page", 30, 0, 0, nil, nil, all, 1, 1, 1},
		{"exactly one full page", 100, 0, 0, nil, nil, all, 1, 1, 1},
		{"three pages", 250, 0, 0, nil, []string{"production", "staging"}, []string{"production", "staging"}, 1, 3, 1},
		{"scope order and repeats", 10, 0, 0, nil, []string{"staging", "production", "staging"}, []string{"staging", "production"}, 1, 1, 1},
		{"five environments: two chunks", 250, 0, 0, envs5, nil, envs5, 1, 6, 2},
		{"no flags", 0, 0, 0, nil, []string{"production"}, []string{"production"}, 1, 1, 1},
		{"archived flags listed apart", 130, 30, 0, nil, nil, all, 1, 1, 1},
		{"archived flags over two pages", 250, 150, 0, envs5, nil, envs5, 1, 2, 4},
		{"pages capped at 2: 3 environments, 3 live flags, 2 archived", 5, 2, 2, nil, nil, all, 2, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := ldfake.New(ldfake.Options{})
			defer srv.Close()
			if err := srv.Generate(ldfake.GenerateOptions{Project: "web", Environments: tt.envs, Flags: tt.flags, Archived: tt.archived}); err != nil {
				t.Fatal(err)
			}
			srv.SetPageQuirks(ldfake.PageQuirks{MaxPageSize: tt.pageCap})
			c, _ := newClient(t, srv, transport.Options{})
			var mu sync.Mutex
			var reports []provider.Progress
			states, err := c.Fetch(context.Background(), provider.Scope{Project: "web", Environments: tt.scope},
				func(p provider.Progress) { mu.Lock(); reports = append(reports, p); mu.Unlock() })
			if err != nil {
				t.Fatal(err)
			}
			if len(states) != tt.flags*len(tt.wantEnvs) {
				t.Fatalf("%d states, want %d", len(states), tt.flags*len(tt.wantEnvs))
			}
			seen, archived := map[string]int{}, 0
			for _, s := range states {
				seen[s.Environment]++
				if s.Provider != provider.LaunchDarkly || s.Project != "web" || s.Key == "" ||
					s.TrafficAllocation != 100 || s.Prerequisites == nil {
					t.Fatalf("state %+v", s)
				}
				if s.Archived {
					archived++
				}
			}
			for _, env := range tt.wantEnvs {
				if seen[env] != tt.flags {
					t.Errorf("%s: %d states, want %d", env, seen[env], tt.flags)
				}
			}
			if want := tt.archived * len(tt.wantEnvs); archived != want {
				t.Errorf("%d archived states, want %d", archived, want)
			}

			live, archivedReqs := flagRequests(srv)
			if len(live) != tt.wantPages || len(archivedReqs) != tt.wantArchivedPages {
				t.Errorf("%d flags requests and %d for archived flags, want %d and %d", len(live), len(archivedReqs), tt.wantPages, tt.wantArchivedPages)
			}
			for _, q := range slices.Concat(live, archivedReqs) {
				if len(q["env"]) == 0 || len(q["env"]) > 3 || q.Get("summary") != "0" || q.Get("limit") != "100" {
					t.Errorf("flags request %v", q)
				}
			}
			// The environments pages + 1 status request per environment.
			if want := tt.wantEnvPages + tt.wantPages + tt.wantArchivedPages + len(tt.wantEnvs); srv.RequestCount() != want {
				t.Errorf("%d requests, want %d", srv.RequestCount(), want)
			}

			last := reports[len(reports)-1]
			if last.Done != srv.RequestCount() || last.Done != last.Total {
				t.Errorf("last progress %+v, want Done = Total = %d", last, srv.RequestCount())
			}
			for i, p := range reports {
				if p.Done != i+1 || p.Done > p.Total || (i > 0 && p.Total < reports[i-1].Total) {
					t.Errorf("progress %d: %+v", i, p)
				}
			}
		})
	}
}

func TestFetchUnknownEnvironment(t *testing.T) {
	srv := newFake(t, 5)
	c, _ := newClient(t, srv, transport.Options{})
	_, err := c.Fetch(context.Background(), provider.Scope{Project: "web", Environments: []string{"production", "prod"}}, nil)
	if !errors.Is(err, ErrUnknownEnvironment) ||
		!strings.Contains(err.Error(), `"prod"`) ||
		!strings.Contains(err.Error(), "production, staging, development") {
		t.Errorf("Fetch = %v; want ErrUnknownEnvironment naming prod and the known environments", err)
	}
	if live, archived := flagRequests(srv); len(live)+len(archived) != 0 {
		t.Errorf("%d flags requests after a bad scope", len(live)+len(archived))
	}
}

func TestFetchCancelledMidSync(t *testing.T) {
	srv := newFake(t, 600)
	srv.Inject(ldfake.Fault{Kind: fakehttp.Slow, Delay: 5 * time.Millisecond, Path: "/api/v2/flags/*"})
	c, _ := newClient(t, srv, transport.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	states, err := c.Fetch(ctx, provider.Scope{Project: "web"}, func(p provider.Progress) {
		if strings.HasPrefix(p.Message, "list flags") {
			cancel() // after the first flags page
		}
	})
	if !errors.Is(err, context.Canceled) || states != nil {
		t.Fatalf("Fetch = %d states, %v; want context.Canceled and nothing", len(states), err)
	}
	if live, _ := flagRequests(srv); len(live) >= 6 {
		t.Errorf("%d flags requests after cancelling; want the sync to stop early", len(live))
	}
}

func TestFetchBoundsConcurrency(t *testing.T) {
	for _, limit := range []int{1, 3} {
		srv := newFake(t, 600)
		srv.Inject(ldfake.Fault{Kind: fakehttp.Slow, Delay: 2 * time.Millisecond})
		c, _ := newClient(t, srv, transport.Options{MaxInFlight: limit})
		if _, err := c.Fetch(context.Background(), provider.Scope{Project: "web"}, nil); err != nil {
			t.Fatal(err)
		}
		if peak := srv.MaxInFlight(); peak > limit || (limit > 1 && peak < 2) {
			t.Errorf("limit %d: server saw %d requests in flight", limit, peak)
		}
	}
}

// TestFetchFixtures syncs the real fixture flags and checks their
// normalization.
func TestFetchFixtures(t *testing.T) {
	dir, err := ldfake.FixturesDir()
	if err != nil {
		t.Fatal(err)
	}
	srv := ldfake.New(ldfake.Options{})
	defer srv.Close()
	if err := srv.LoadFixtures(dir); err != nil {
		t.Fatal(err)
	}
	requested := time.Date(2024, 1, 3, 17, 0, 0, 0, time.UTC)
	if err := srv.SetFlagStatus("test-project-key", "test", "TEST_SEGMENT_TARGET", ldfake.FlagStatus{Name: "active", LastRequested: requested}); err != nil {
		t.Fatal(err)
	}
	c, _ := newClient(t, srv, transport.Options{})
	states, err := c.Fetch(context.Background(), provider.Scope{Project: "test-project-key"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(states) != 18 {
		t.Fatalf("%d states, want 9 flags × 2 environments", len(states))
	}
	byID := map[string]provider.FlagState{}
	for _, s := range states {
		byID[s.Environment+"/"+s.Key] = s
	}
	modified := time.UnixMilli(1693905528795).UTC()
	tests := []struct {
		id   string
		want provider.FlagState
	}{
		{"production/flag1", provider.FlagState{Name: "flag1", On: false, Serving: []provider.Allocation{},
			Segments: []string{}, LastModified: modified, Version: new(1)}},
		{"test/TEST_TARGETED_CONTEXT", provider.FlagState{Name: "TEST_TARGETED_CONTEXT", On: true,
			Serving: []provider.Allocation{{Variation: "Default", Percent: 100}}, OffVariation: "Default",
			Rules: 5, Segments: []string{}}},
		{"production/TEST_INDIVIDUAL_TARGET", provider.FlagState{Name: "TEST_INDIVIDUAL_TARGET",
			Serving: []provider.Allocation{{Variation: "Enabled", Percent: 100}}, OffVariation: "Disabled",
			Targets: 2, Segments: []string{}}},
		{"test/TEST_SEGMENT_TARGET", provider.FlagState{Name: "TEST_SEGMENT_TARGET",
			Serving: []provider.Allocation{{Variation: "Enabled", Percent: 100}}, OffVariation: "Disabled",
			Rules: 2, Segments: []string{"dynamic-list", "dynamic-list-2", "user-list"}, LastEvaluated: &requested, EvaluationStatus: "active"}},
		{"production/TEST_COMBINED_TARGET", provider.FlagState{Name: "TEST_COMBINED_TARGET",
			Serving: []provider.Allocation{{Variation: "Foo", Percent: 100}}, OffVariation: "Bar",
			Rules: 2, Targets: 2, Segments: []string{"user-list"}}},
	}
	for _, tt := range tests {
		got, ok := byID[tt.id]
		if !ok {
			t.Errorf("no state %s", tt.id)
			continue
		}
		w := tt.want
		if w.EvaluationStatus == "" {
			w.EvaluationStatus = "new" // the fake's status of a flag without one
		}
		if !slices.Equal(got.Serving, w.Serving) || got.OffVariation != w.OffVariation || got.Rules != w.Rules ||
			got.Targets != w.Targets || !slices.Equal(got.Segments, w.Segments) || got.Name != w.Name ||
			!equalTime(got.LastEvaluated, w.LastEvaluated) || got.EvaluationStatus != w.EvaluationStatus {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.id, got, w)
		}
		if w.Version != nil && (got.Version == nil || *got.Version != *w.Version || !got.LastModified.Equal(w.LastModified) || got.On != w.On) {
			t.Errorf("%s: version %v, modified %v, on %v", tt.id, got.Version, got.LastModified, got.On)
		}
	}
}

func equalTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}
