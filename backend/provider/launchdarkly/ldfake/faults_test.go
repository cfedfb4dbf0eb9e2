package ldfake

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
)

func TestFaults(t *testing.T) {
	reset := time.UnixMilli(1700000000123)
	tests := []struct {
		name       string
		fault      Fault
		wantStatus int
		wantCode   string            // error code, for error answers
		wantHeader map[string]string // headers that must be set
		wantJSON   bool              // body must decode (when the answer is 200)
	}{
		{"429 with reset and retry-after", Fault{Kind: fakehttp.RateLimited, RateLimit: RateLimit{Reset: reset, RetryAfter: 1500 * time.Millisecond}}, 429, "rate_limited",
			map[string]string{"X-Ratelimit-Reset": "1700000000123", "Retry-After": "2"}, false},
		{"429 bare", Fault{Kind: fakehttp.RateLimited}, 429, "rate_limited", map[string]string{"Retry-After": "", "X-Ratelimit-Reset": ""}, false},
		{"500", Fault{Kind: fakehttp.ServerError}, 500, "internal_server_error", nil, false},
		{"401", Fault{Kind: fakehttp.Unauthorized}, 401, "unauthorized", nil, false},
		{"403", Fault{Kind: fakehttp.Forbidden}, 403, "forbidden", nil, false},
		{"malformed", Fault{Kind: fakehttp.Malformed}, 200, "", nil, false},
		{"truncated", Fault{Kind: fakehttp.Truncated}, 200, "", nil, false},
		{"slow then normal", Fault{Kind: fakehttp.Slow, Delay: time.Millisecond}, 200, "", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newGenerated(t, 30)
			srv.Inject(tt.fault)
			r := getPath(t, srv, "/api/v2/flags/web")
			if r.status != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", r.status, tt.wantStatus, r.body)
			}
			if tt.wantCode != "" {
				if code := errorCode(t, r); code != tt.wantCode {
					t.Errorf("code %q, want %q", code, tt.wantCode)
				}
			}
			for k, v := range tt.wantHeader {
				if got := r.header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
			if tt.wantStatus == 200 {
				var v any
				err := json.Unmarshal(r.body, &v)
				if (err == nil) != tt.wantJSON {
					t.Errorf("body decodes: %v, want %v (%.80s)", err == nil, tt.wantJSON, r.body)
				}
			}
		})
	}
}

func TestTruncatedBodyIsCutMidJSON(t *testing.T) {
	srv := newGenerated(t, 30)
	srv.Inject(Fault{Kind: fakehttp.Truncated, Times: 1})
	cut := getPath(t, srv, "/api/v2/flags/web")
	whole := getPath(t, srv, "/api/v2/flags/web")
	var syntax *json.SyntaxError
	err := json.Unmarshal(cut.body, new(any))
	if len(cut.body) != len(whole.body)/2 || !errors.As(err, &syntax) {
		t.Errorf("cut body %d of %d bytes, decode error %v; want half and a syntax error", len(cut.body), len(whole.body), err)
	}
}

func TestFaultScope(t *testing.T) {
	tests := []struct {
		name   string
		fault  Fault
		paths  []string
		status []int
	}{
		{"next N requests", Fault{Kind: fakehttp.ServerError, Times: 2},
			[]string{"/api/v2/projects", "/api/v2/flags/web", "/api/v2/flags/web"}, []int{500, 500, 200}},
		{"path pattern", Fault{Kind: fakehttp.ServerError, Path: "/api/v2/flags/*"},
			[]string{"/api/v2/projects", "/api/v2/flags/web", "/api/v2/flags/web", "/api/v2/flag-statuses/web/production"}, []int{200, 500, 500, 200}},
		{"pattern and count", Fault{Kind: fakehttp.Forbidden, Path: "/api/v2/flag-statuses/*/*", Times: 1},
			[]string{"/api/v2/flags/web", "/api/v2/flag-statuses/web/production", "/api/v2/flag-statuses/web/production"}, []int{200, 403, 200}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newGenerated(t, 3)
			srv.Inject(tt.fault)
			for i, p := range tt.paths {
				if got := getPath(t, srv, p).status; got != tt.status[i] {
					t.Errorf("request %d (%s): status %d, want %d", i, p, got, tt.status[i])
				}
			}
			srv.ClearFaults()
			if got := getPath(t, srv, tt.paths[len(tt.paths)-1]).status; got != 200 {
				t.Errorf("after ClearFaults: status %d", got)
			}
		})
	}
}
