package syncbench_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"rolloutdesk/backend/provider/syncbench"
)

func TestEnvNames(t *testing.T) {
	if got, want := syncbench.EnvNames(3), []string{"environment-0", "environment-1", "environment-2"}; !slices.Equal(got, want) {
		t.Errorf("EnvNames(3) = %v, want %v", got, want)
	}
}

func TestCheckRequests(t *testing.T) {
	syncbench.CheckRequests(t, envSync, []syncbench.Case{
		{Flags: 2, Environments: 1, WantRequests: 1},
		{Flags: 0, Environments: 4, WantRequests: 4},
	})
}

func TestRequests(t *testing.T) {
	s := envSync(t, 1, []string{"a", "b"}, 0)
	defer s.Fake.Close()
	for range 2 { // each call counts one sync only
		reqs := syncbench.Requests(t, s)
		var paths []string
		for _, r := range reqs {
			paths = append(paths, r.Path)
		}
		if !slices.Equal(paths, []string{"/envs/a", "/envs/b"}) {
			t.Errorf("requests %v, want /envs/a and /envs/b", paths)
		}
	}
}

func TestMeasureReportsMetrics(t *testing.T) {
	res := testing.Benchmark(func(b *testing.B) {
		s := envSync(b, 5, syncbench.EnvNames(3), time.Millisecond)
		defer s.Fake.Close()
		syncbench.Measure(b, s)
	})
	if res.N == 0 {
		t.Fatal("the benchmark failed")
	}
	if got := res.Extra["requests/op"]; got != 3 {
		t.Errorf("requests/op = %v, want 3", got)
	}
	for _, metric := range []string{"baseline-ms", "x-baseline", "peak-heap-MB"} {
		if res.Extra[metric] <= 0 {
			t.Errorf("%s = %v, want it positive", metric, res.Extra[metric])
		}
	}
	if got := res.Extra["sync-heap-MB"]; got < 0 || got > res.Extra["peak-heap-MB"] {
		t.Errorf("sync-heap-MB = %v, want it within [0, peak-heap-MB]", got)
	}
}

func TestBaseline(t *testing.T) {
	const inFlight = 3
	var mu sync.Mutex
	var now, peak int
	seen := map[string]bool{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		now++
		peak = max(peak, now)
		seen[r.URL.Path] = r.Header.Get("Authorization") == secret
		mu.Unlock()
		time.Sleep(2 * time.Millisecond)
		mu.Lock()
		now--
		mu.Unlock()
		if strings.HasPrefix(r.URL.Path, "/missing") {
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	header := http.Header{"Authorization": {secret}}

	tests := []struct {
		name    string
		paths   []string
		wantErr string
	}{
		{"every URL, bounded", []string{"/0", "/1", "/2", "/3", "/4", "/5", "/6", "/7"}, ""},
		{"a failed GET fails it", []string{"/0", "/missing"}, "HTTP 404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			peak, seen = 0, map[string]bool{}
			urls := make([]string, len(tt.paths))
			for i, p := range tt.paths {
				urls[i] = srv.URL + p
			}
			took, err := syncbench.Baseline(t.Context(), urls, header, inFlight)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Baseline = %v, %v; want an error with %q", took, err, tt.wantErr)
				}
				return
			}
			if err != nil || took <= 0 {
				t.Fatalf("Baseline = %v, %v", took, err)
			}
			for _, p := range tt.paths {
				if !seen[p] {
					t.Errorf("%s not fetched with the header", p)
				}
			}
			if peak > inFlight {
				t.Errorf("%d requests in flight, want at most %d", peak, inFlight)
			}
		})
	}
}
