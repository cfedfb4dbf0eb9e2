package ldfake

import (
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// response is what a test request got back.
type response struct {
	status int
	header http.Header
	body   []byte
}

// call sends a request with body to srv with the right token unless
// headers say otherwise (a header set to "" is removed).
func call(t *testing.T, srv *Server, method, target string, headers map[string][]string, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL()+target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", srv.Token())
	for k, vs := range headers {
		req.Header.Del(k)
		for _, v := range vs {
			if v != "" {
				req.Header.Add(k, v)
			}
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{resp.StatusCode, resp.Header, answer}
}

func getPath(t *testing.T, srv *Server, target string) response {
	t.Helper()
	return call(t, srv, http.MethodGet, target, nil, "")
}

// errorCode decodes an error body and checks it has code, message and id.
func errorCode(t *testing.T, r response) string {
	t.Helper()
	var e struct{ Code, Message, ID string }
	if err := json.Unmarshal(r.body, &e); err != nil || e.Code == "" || e.Message == "" || e.ID == "" {
		t.Fatalf("error body %s lacks code, message or id (%v)", r.body, err)
	}
	return e.Code
}

// collectionOf decodes a flags collection into its keys, links, totalCount
// and the raw items.
type collectionOf struct {
	Items      []map[string]json.RawMessage     `json:"items"`
	Links      map[string]struct{ Href string } `json:"_links"`
	TotalCount *int                             `json:"totalCount"`
}

func decodeCollection(t *testing.T, r response) collectionOf {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var c collectionOf
	if err := json.Unmarshal(r.body, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func newGenerated(t *testing.T, flags int) *Server {
	t.Helper()
	srv := New(Options{})
	t.Cleanup(srv.Close)
	if err := srv.Generate(GenerateOptions{Project: "web", Flags: flags}); err != nil {
		t.Fatal(err)
	}
	return srv
}

func TestAuthAndHeaders(t *testing.T) {
	srv := newGenerated(t, 3)
	tests := []struct {
		name       string
		method     string
		headers    map[string][]string
		wantStatus int
		wantCode   string
	}{
		{"raw token", "GET", nil, 200, ""},
		{"no version header is fine", "GET", map[string][]string{"LD-API-Version": {""}}, 200, ""},
		{"one version header", "GET", map[string][]string{"LD-API-Version": {"20240415"}}, 200, ""},
		{"duplicate version header", "GET", map[string][]string{"LD-API-Version": {"20240415", "20240415"}}, 400, "invalid_request"},
		{"comma-joined versions", "GET", map[string][]string{"LD-API-Version": {"20240415, beta"}}, 400, "invalid_request"},
		{"missing token", "GET", map[string][]string{"Authorization": {""}}, 401, "unauthorized"},
		{"bearer prefix", "GET", map[string][]string{"Authorization": {"Bearer " + srv.Token()}}, 401, "unauthorized"},
		{"wrong token", "GET", map[string][]string{"Authorization": {"api-wrong"}}, 401, "unauthorized"},
		{"writes are not served", "POST", nil, 405, "method_not_allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, srv, tt.method, "/api/v2/projects", tt.headers, "")
			if r.status != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", r.status, tt.wantStatus, r.body)
			}
			if tt.wantCode != "" {
				if code := errorCode(t, r); code != tt.wantCode {
					t.Errorf("code %q, want %q", code, tt.wantCode)
				}
			}
		})
	}
}

func TestFlagsListing(t *testing.T) {
	srv := newGenerated(t, 45)
	if err := srv.AddFlagsJSON("web", []byte(`{"key":"old","archived":true,"variations":[{"value":1},{"value":2}]}`)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		query     string
		wantKeys  int
		wantTotal int
		wantLinks string // link names present, sorted, comma-joined
		wantEnvs  int    // environments per item; -1: field absent
		wantFull  bool   // targeting fields present
	}{
		{"default page of 20", "", 20, 45, "last,next,self", -1, false},
		{"middle page", "?limit=10&offset=10", 10, 45, "first,last,next,prev,self", -1, false},
		{"last page", "?limit=20&offset=40", 5, 45, "first,prev,self", -1, false},
		{"offset past the end", "?offset=100", 0, 45, "first,prev,self", -1, false},
		{"summary with env", "?env=production", 20, 45, "last,next,self", 1, false},
		{"full needs summary=0 and env", "?env=production&env=staging&summary=0", 20, 45, "last,next,self", 2, true},
		{"summary=0 without env is summary", "?summary=0", 20, 45, "last,next,self", -1, false},
		{"max page of 100", "?limit=100&env=production&summary=0", 45, 45, "self", 1, true},
		{"archived only with the filter", "?filter=state:archived", 1, 1, "self", -1, false},
		{"query filter", "?filter=query:flag-0000", 10, 10, "self", -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := decodeCollection(t, getPath(t, srv, "/api/v2/flags/web"+tt.query))
			if len(c.Items) != tt.wantKeys || c.TotalCount == nil || *c.TotalCount != tt.wantTotal {
				t.Fatalf("%d items, totalCount %v; want %d, %d", len(c.Items), c.TotalCount, tt.wantKeys, tt.wantTotal)
			}
			var names []string
			for _, n := range []string{"first", "last", "next", "prev", "self"} {
				if _, ok := c.Links[n]; ok {
					names = append(names, n)
				}
			}
			if got := strings.Join(names, ","); got != tt.wantLinks {
				t.Errorf("links %s, want %s", got, tt.wantLinks)
			}
			for _, item := range c.Items {
				raw, ok := item["environments"]
				if tt.wantEnvs < 0 {
					if ok {
						t.Fatalf("item has environments: %s", raw)
					}
					continue
				}
				var envs map[string]map[string]json.RawMessage
				if err := json.Unmarshal(raw, &envs); err != nil || len(envs) != tt.wantEnvs {
					t.Fatalf("environments %s, want %d", raw, tt.wantEnvs)
				}
				for _, cfg := range envs {
					_, hasRules := cfg["rules"]
					_, hasFallthrough := cfg["fallthrough"]
					if hasRules != tt.wantFull || hasFallthrough != tt.wantFull {
						t.Fatalf("config %v: rules %v fallthrough %v, want %v", cfg, hasRules, hasFallthrough, tt.wantFull)
					}
				}
			}
		})
	}
}

func TestFlagsLinksRebuildTheQuery(t *testing.T) {
	srv := newGenerated(t, 45)
	r := getPath(t, srv, "/api/v2/flags/web?env=production&env=staging&summary=0&limit=20")
	const want = `"next":{"href":"/api/v2/flags/web?env=production\u0026env=staging\u0026limit=20\u0026offset=20\u0026summary=0","type":"application/json"}`
	if !strings.Contains(string(r.body), want) {
		t.Errorf("body lacks %s", want)
	}
	c := decodeCollection(t, r)
	next := decodeCollection(t, getPath(t, srv, c.Links["next"].Href))
	if got := string(next.Items[0]["key"]); got != `"flag-00020"` {
		t.Errorf("following next gave first key %s, want flag-00020", got)
	}
}

func TestBadRequests(t *testing.T) {
	srv := newGenerated(t, 3)
	tests := []struct {
		target     string
		wantStatus int
		wantCode   string
	}{
		{"/api/v2/flags/web?limit=101", 400, "invalid_request"},
		{"/api/v2/flags/web?limit=0", 400, "invalid_request"},
		{"/api/v2/flags/web?offset=-1", 400, "invalid_request"},
		{"/api/v2/flags/web?limit=ten", 400, "invalid_request"},
		{"/api/v2/flags/web?env=a&env=b&env=c&env=d", 400, "invalid_request"},
		{"/api/v2/flags/web?filter=maintainerId:x", 400, "invalid_request"},
		{"/api/v2/flags/nope", 404, "not_found"},
		{"/api/v2/flags/web?env=nope", 404, "not_found"},
		{"/api/v2/projects/nope", 404, "not_found"},
		{"/api/v2/projects/nope/environments", 404, "not_found"},
		{"/api/v2/flag-statuses/web/nope", 404, "not_found"},
		{"/api/v2/segments/nope/production", 404, "not_found"},
		{"/api/v2/unknown", 404, "not_found"},
	}
	for _, tt := range tests {
		r := getPath(t, srv, tt.target)
		if r.status != tt.wantStatus {
			t.Errorf("%s: status %d, want %d", tt.target, r.status, tt.wantStatus)
			continue
		}
		if code := errorCode(t, r); code != tt.wantCode {
			t.Errorf("%s: code %q, want %q", tt.target, code, tt.wantCode)
		}
	}
}

func TestStatusesAndSegments(t *testing.T) {
	srv := newGenerated(t, 3)
	var st struct {
		Items []struct {
			Name          string
			LastRequested *string
			Links         map[string]struct{ Href string } `json:"_links"`
		}
		TotalCount *int
	}
	if err := json.Unmarshal(getPath(t, srv, "/api/v2/flag-statuses/web/production").body, &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Items) != 3 || st.TotalCount != nil {
		t.Fatalf("statuses: %d items, totalCount %v; want 3 and none", len(st.Items), st.TotalCount)
	}
	if st.Items[0].LastRequested == nil || *st.Items[0].LastRequested != "2026-01-15T12:00:00.000Z" ||
		st.Items[2].LastRequested != nil || st.Items[2].Name != "new" ||
		st.Items[1].Links["parent"].Href != "/api/v2/flags/web/flag-00001" {
		t.Errorf("statuses = %+v", st.Items)
	}

	segs := decodeCollection(t, getPath(t, srv, "/api/v2/segments/web/production?limit=2&offset=2"))
	if len(segs.Items) != 2 || *segs.TotalCount != 5 || len(segs.Links) != 1 {
		t.Errorf("segments page: %d items, total %d, links %v; want 2, 5, self only", len(segs.Items), *segs.TotalCount, segs.Links)
	}
}

func TestCountsRequests(t *testing.T) {
	srv := newGenerated(t, 1)
	for range 3 {
		getPath(t, srv, "/api/v2/projects")
	}
	reqs := srv.Requests()
	if srv.RequestCount() != 3 || len(reqs) != 3 || reqs[0].Path != "/api/v2/projects" || reqs[0].Status != 200 {
		t.Errorf("requests = %+v", reqs)
	}
	if srv.MaxInFlight() < 1 {
		t.Errorf("MaxInFlight = %d", srv.MaxInFlight())
	}
	srv.ResetStats()
	if srv.RequestCount() != 0 || srv.MaxInFlight() != 0 {
		t.Errorf("after ResetStats: %d requests, peak %d", srv.RequestCount(), srv.MaxInFlight())
	}
}

// TestFlagStates checks which flags each state filter lists: by default
// every flag but the archived ones, which only filter=state:archived lists.
func TestFlagStates(t *testing.T) {
	srv := New(Options{})
	t.Cleanup(srv.Close)
	if err := srv.Generate(GenerateOptions{Project: "web", Flags: 6, Archived: 2}); err != nil {
		t.Fatal(err)
	}
	if err := srv.AddFlagsJSON("web", []byte(`{"key":"dep","deprecated":true,"variations":[{"value":1},{"value":2}]}`)); err != nil {
		t.Fatal(err)
	}
	live := []string{"flag-00000", "flag-00001", "flag-00002", "flag-00003"}
	tests := []struct {
		query        string
		wantKeys     []string
		wantArchived bool
	}{
		{"", append(live, "dep"), false},
		{"?filter=state:live", live, false},
		{"?filter=state:deprecated", []string{"dep"}, false},
		{"?filter=state:archived", []string{"flag-00004", "flag-00005"}, true},
		{"?filter=state:archived,query:00005", []string{"flag-00005"}, true},
		{"?filter=state:archived&env=production&summary=0", []string{"flag-00004", "flag-00005"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			c := decodeCollection(t, getPath(t, srv, "/api/v2/flags/web"+tt.query))
			var keys []string
			for _, item := range c.Items {
				var f struct {
					Key          string
					Archived     bool
					Environments map[string]struct {
						Archived bool
						Rules    []json.RawMessage
					}
				}
				raw, _ := json.Marshal(item)
				if err := json.Unmarshal(raw, &f); err != nil {
					t.Fatal(err)
				}
				keys = append(keys, f.Key)
				if f.Archived != tt.wantArchived {
					t.Errorf("%s: archived %v", f.Key, f.Archived)
				}
				if cfg, ok := f.Environments["production"]; ok && (cfg.Archived != tt.wantArchived || cfg.Rules == nil) {
					t.Errorf("%s in production: archived %v, rules %v; want %v and the targeting", f.Key, cfg.Archived, cfg.Rules, tt.wantArchived)
				}
			}
			if !reflect.DeepEqual(keys, tt.wantKeys) || *c.TotalCount != len(tt.wantKeys) {
				t.Errorf("keys %v, totalCount %d; want %v", keys, *c.TotalCount, tt.wantKeys)
			}
		})
	}
}

// TestSeedFillsVariationIDs checks that seeded variations without an _id
// get one, stable and distinct, as semantic patches name them by it.
func TestSeedFillsVariationIDs(t *testing.T) {
	srv := newGenerated(t, 0)
	seed := []byte(`{"key":"f","variations":[{"value":"a"},{"value":"b","_id":"kept"},{"value":"c"}]}`)
	var ids [2][]string
	for i := range ids {
		if err := srv.AddFlagsJSON("web", seed); err != nil {
			t.Fatal(err)
		}
		for _, v := range readFlag(t, srv, "f").Variations {
			ids[i] = append(ids[i], v.ID)
		}
	}
	if a := ids[0]; a[0] == "" || a[2] == "" || a[0] == a[2] || a[1] != "kept" || !reflect.DeepEqual(ids[0], ids[1]) {
		t.Errorf("variation ids %v, then %v", ids[0], ids[1])
	}
}
