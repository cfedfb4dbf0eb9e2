package launchdarkly

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// start is the fake clock's time: 2026-01-15 12:00 UTC.
var start = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

// newFake starts a fake with a generated project "web" of flags flags in
// production, staging and development.
func newFake(t *testing.T, flags int) *ldfake.Server {
	t.Helper()
	srv := ldfake.New(ldfake.Options{})
	t.Cleanup(srv.Close)
	if err := srv.Generate(ldfake.GenerateOptions{Project: "web", Flags: flags}); err != nil {
		t.Fatal(err)
	}
	return srv
}

// newClient returns a client of srv whose waits are recorded by the
// returned clock instead of slept.
func newClient(t *testing.T, srv *ldfake.Server, opts transport.Options) (*Client, *transporttest.Clock) {
	t.Helper()
	clock := transporttest.NewClock(start)
	opts.Clock = clock
	c, err := New(srv.Token(), Options{BaseURL: srv.URL(), Transport: opts})
	if err != nil {
		t.Fatal(err)
	}
	return c, clock
}

// fetchWithFault syncs project "web" of a 30-flag fake into which fault is
// injected, and returns what Fetch returned and the waits it made.
func fetchWithFault(t *testing.T, fault ldfake.Fault) ([]provider.FlagState, *transporttest.Clock, error) {
	t.Helper()
	srv := newFake(t, 30)
	srv.Inject(fault)
	c, clock := newClient(t, srv, transport.Options{})
	states, err := c.Fetch(context.Background(), provider.Scope{Project: "web"}, nil)
	return states, clock, err
}

func TestNewRejectsBadSettings(t *testing.T) {
	for _, tt := range []struct{ token, base string }{
		{"", ""},
		{"api-x", "ftp://example.com"},
		{"api-x", "app.launchdarkly.com"},
	} {
		if _, err := New(tt.token, Options{BaseURL: tt.base}); err == nil {
			t.Errorf("New(%q, %q) succeeded", tt.token, tt.base)
		}
	}
	c, err := New("api-x", Options{})
	if err != nil || c.base.String() != DefaultBaseURL || c.Name() != provider.LaunchDarkly {
		t.Errorf("New defaults: %v, %v", c, err)
	}
}

func TestSendsHeadersOnce(t *testing.T) {
	srv := newFake(t, 250)
	c, _ := newClient(t, srv, transport.Options{})
	if _, err := c.Fetch(context.Background(), provider.Scope{Project: "web"}, nil); err != nil {
		t.Fatal(err)
	}
	for _, r := range srv.Requests() {
		if versions := r.Header.Values("LD-API-Version"); len(versions) != 1 || versions[0] != APIVersion || r.Status != 200 {
			t.Errorf("%s?%s: LD-API-Version %v, status %d", r.Path, r.RawQuery, versions, r.Status)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		fault  *ldfake.Fault
		token  string
		scope  provider.Scope
		status int
		want   []string // substrings of the error
	}{
		{"bad token", nil, "api-wrong-token", provider.Scope{Project: "web"}, 401,
			[]string{`list environments of project "web"`, "token rejected"}},
		{"revoked token on flags", &ldfake.Fault{Kind: fakehttp.Unauthorized, Path: "/api/v2/flags/*"}, "", provider.Scope{Project: "web"}, 401,
			[]string{`flags of project "web" in production, staging, development`, "token rejected"}}, // live or archived
		{"missing role", &ldfake.Fault{Kind: fakehttp.Forbidden, Path: "/api/v2/flag-statuses/*/*"}, "", provider.Scope{Project: "web"}, 403,
			[]string{"get flag statuses of project", "lacks a role/permission"}},
		{"unknown project", nil, "", provider.Scope{Project: "nope"}, 404,
			[]string{`unknown project "nope"`}},
		{"rate limited beyond the cap", &ldfake.Fault{Kind: fakehttp.RateLimited, RateLimit: ldfake.RateLimit{RetryAfter: 5 * time.Minute}}, "", provider.Scope{Project: "web"}, 429,
			[]string{"rate limited"}},
		{"server error forever", &ldfake.Fault{Kind: fakehttp.ServerError}, "", provider.Scope{Project: "web"}, 500,
			[]string{"server error", "gave up after 6 attempts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, 30)
			if tt.fault != nil {
				srv.Inject(*tt.fault)
			}
			token := srv.Token()
			if tt.token != "" {
				token = tt.token
			}
			c, err := New(token, Options{BaseURL: srv.URL(), Transport: transport.Options{Clock: transporttest.NewClock(start)}})
			if err != nil {
				t.Fatal(err)
			}
			states, err := c.Fetch(context.Background(), tt.scope, nil)
			var he *transport.HTTPError
			if states != nil || !errors.As(err, &he) || he.Status != tt.status {
				t.Fatalf("Fetch = %d states, %v; want HTTP %d", len(states), err, tt.status)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), token) {
				t.Errorf("error %q contains the token", err)
			}
		})
	}
}

func TestTokenNeverInErrors(t *testing.T) {
	srv := newFake(t, 5)
	token := srv.Token()
	// A base URL nobody listens on: the error comes from the network.
	c, err := New(token, Options{BaseURL: "http://127.0.0.1:1", Transport: transport.Options{Clock: transporttest.NewClock(start)}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Fetch(context.Background(), provider.Scope{Project: "web"}, nil)
	if err == nil || strings.Contains(err.Error(), token) {
		t.Errorf("Fetch = %v; want an error without the token", err)
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		fault     ldfake.Fault
		wantSleep func(time.Duration) bool
	}{
		{"429 with a past X-Ratelimit-Reset", ldfake.Fault{Kind: fakehttp.RateLimited, Times: 1, RateLimit: ldfake.RateLimit{Reset: start.Add(-time.Hour)}},
			func(d time.Duration) bool {
				return d >= transport.DefaultRateLimitWindow && d < transport.DefaultRateLimitWindow+transport.DefaultBaseBackoff
			}},
		{"429 with a future X-Ratelimit-Reset", ldfake.Fault{Kind: fakehttp.RateLimited, Times: 1, RateLimit: ldfake.RateLimit{Reset: start.Add(4 * time.Second)}},
			func(d time.Duration) bool {
				return d >= 4*time.Second && d < 4*time.Second+transport.DefaultBaseBackoff
			}},
		{"429 with Retry-After", ldfake.Fault{Kind: fakehttp.RateLimited, Times: 1, RateLimit: ldfake.RateLimit{RetryAfter: 3 * time.Second, Reset: start.Add(time.Minute)}},
			func(d time.Duration) bool {
				return d >= 3*time.Second && d < 3*time.Second+transport.DefaultBaseBackoff
			}},
		{"500 then success", ldfake.Fault{Kind: fakehttp.ServerError, Times: 2},
			func(d time.Duration) bool { return d > 0 && d < transport.DefaultBaseBackoff*2 }},
		{"truncated page then success", ldfake.Fault{Kind: fakehttp.Truncated, Times: 1, Path: "/api/v2/flags/*"},
			func(d time.Duration) bool { return d > 0 && d < transport.DefaultBaseBackoff }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			states, clock, err := fetchWithFault(t, tt.fault)
			if err != nil || len(states) != 90 {
				t.Fatalf("Fetch = %d states, %v; want 90", len(states), err)
			}
			sleeps := clock.Sleeps()
			if len(sleeps) == 0 {
				t.Fatal("no retry wait")
			}
			for _, d := range sleeps {
				if !tt.wantSleep(d) {
					t.Errorf("waited %v", d)
				}
			}
		})
	}
}

func TestBadBodies(t *testing.T) {
	tests := []struct {
		name  string
		fault ldfake.Fault
		want  string
	}{
		{"malformed JSON", ldfake.Fault{Kind: fakehttp.Malformed, Path: "/api/v2/flags/*"},
			`flags of project "web" in production, staging, development: decode response: the server's answer is not the JSON the API documents (invalid character`},
		{"truncated page every time", ldfake.Fault{Kind: fakehttp.Truncated, Path: "/api/v2/flags/*"},
			`flags of project "web" in production, staging, development: decode response: unexpected EOF (gave up after 6 attempts)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Either listing, of live or of archived flags, may fail first.
			states, _, err := fetchWithFault(t, tt.fault)
			if states != nil || err == nil || !strings.HasPrefix(err.Error(), "list ") || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Fetch = %d states, %v; want the error of a flags listing with %q", len(states), err, tt.want)
			}
		})
	}
}
