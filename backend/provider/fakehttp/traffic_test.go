package fakehttp_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"rolloutdesk/backend/provider/fakehttp"
)

func TestTrafficRecordsRequests(t *testing.T) {
	var traffic fakehttp.Traffic
	mux := http.NewServeMux()
	mux.HandleFunc("/written", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/silent", func(http.ResponseWriter, *http.Request) {})
	srv := httptest.NewServer(traffic.Wrap(mux))
	defer srv.Close()

	tests := []struct {
		path, query string
		wantStatus  int
	}{
		{"/written", "a=1", 200},
		{"/missing", "", 404},
		{"/silent", "b=2&b=3", 200},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+tt.path+"?"+tt.query, nil)
		req.Header.Set("X-Version", "7")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	got := traffic.Requests()
	if len(got) != len(tests) || traffic.Count() != len(tests) {
		t.Fatalf("recorded %d requests (Count %d), want %d", len(got), traffic.Count(), len(tests))
	}
	for i, tt := range tests {
		r := got[i]
		if r.Method != http.MethodGet || r.Path != tt.path || r.RawQuery != tt.query || r.Status != tt.wantStatus || r.Header.Get("X-Version") != "7" {
			t.Errorf("request %d = %+v, want GET %s?%s answered %d", i, r, tt.path, tt.query, tt.wantStatus)
		}
	}
	traffic.Reset()
	if traffic.Count() != 0 || len(traffic.Requests()) != 0 || traffic.MaxInFlight() != 0 {
		t.Errorf("after Reset: %d requests, peak %d", traffic.Count(), traffic.MaxInFlight())
	}
}

func TestTrafficRecordsBodies(t *testing.T) {
	var traffic fakehttp.Traffic
	var seen []string // what the handler read
	srv := httptest.NewServer(traffic.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		seen = append(seen, string(b))
	})))
	defer srv.Close()

	tests := []struct{ method, body string }{
		{http.MethodPatch, `{"on":false}`},
		{http.MethodGet, ""},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, srv.URL, strings.NewReader(tt.body))
		if tt.body == "" {
			req.Body = http.NoBody
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	got := traffic.Requests()
	for i, tt := range tests {
		if string(got[i].Body) != tt.body || seen[i] != tt.body {
			t.Errorf("%s: recorded body %q, handler read %q; want %q", tt.method, got[i].Body, seen[i], tt.body)
		}
	}
	if got[1].Body != nil {
		t.Errorf("a request without a body recorded %q", got[1].Body)
	}
}

func TestTrafficMaxInFlight(t *testing.T) {
	const n = 4
	var traffic fakehttp.Traffic
	var arrived sync.WaitGroup
	arrived.Add(n)
	release := make(chan struct{})
	srv := httptest.NewServer(traffic.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		<-release
	})))
	defer srv.Close()

	var done sync.WaitGroup
	for range n {
		done.Go(func() {
			if resp, err := http.Get(srv.URL); err == nil {
				resp.Body.Close()
			}
		})
	}
	arrived.Wait() // all n are being served at once
	close(release)
	done.Wait()
	if peak := traffic.MaxInFlight(); peak != n {
		t.Errorf("MaxInFlight = %d, want %d", peak, n)
	}
	if resp, err := http.Get(srv.URL); err == nil { // one at a time now
		resp.Body.Close()
	}
	if peak := traffic.MaxInFlight(); peak != n {
		t.Errorf("MaxInFlight after a lone request = %d, want %d", peak, n)
	}
}
