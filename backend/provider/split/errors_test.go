package split_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/split/splitfake"
	"rolloutdesk/backend/provider/transport"
)

func TestFetchFaults(t *testing.T) {
	defsPath := func(w world) string { return "/splits/ws/" + w.ws.ID + "/environments/" + w.prod.ID }
	tests := []struct {
		name   string
		fault  func(w world) splitfake.Fault
		token  string
		want   []string // substrings of the error; none means success
		waits  []time.Duration
		status int
	}{
		{name: "401 bad token", token: "wrong-secret-token",
			want: []string{"split: list workspaces (offset 0): HTTP 401: token rejected", "Unauthorized"}},
		{name: "403 lacks role", fault: func(world) splitfake.Fault {
			return splitfake.Fault{Kind: fakehttp.Forbidden, Path: "/environments/"}
		}, want: []string{`list environments of workspace "Default": HTTP 403: the token lacks a role`, "Forbidden"}},
		{name: "429 waits the larger reset header", fault: func(w world) splitfake.Fault {
			return splitfake.Fault{Kind: fakehttp.RateLimited, Path: defsPath(w), Times: 2, RateLimit: splitfake.RateLimit{ResetOrg: 3, ResetIP: 7}}
		}, waits: []time.Duration{7 * time.Second, 7 * time.Second}},
		{name: "500 retried", fault: func(w world) splitfake.Fault {
			return splitfake.Fault{Kind: fakehttp.ServerError, Path: defsPath(w), Times: 2}
		}, waits: []time.Duration{125 * time.Millisecond, 250 * time.Millisecond}},
		{name: "500 persists", fault: func(w world) splitfake.Fault {
			return splitfake.Fault{Kind: fakehttp.ServerError, Path: defsPath(w)}
		}, want: []string{"list definitions Default/Production (offset 0): HTTP 500", "gave up after 6 attempts", "Internal Server Error"}},
		{name: "malformed JSON", fault: func(w world) splitfake.Fault {
			return splitfake.Fault{Kind: fakehttp.Malformed, Path: defsPath(w)}
		}, want: []string{"list definitions Default/Production (offset 0): decode response: the server's answer is not the JSON the API documents (invalid character"}},
		{name: "truncated page persists", fault: func(w world) splitfake.Fault {
			return splitfake.Fault{Kind: fakehttp.Truncated, Path: defsPath(w)}
		}, want: []string{"list definitions Default/Production (offset ", "decode response: unexpected EOF"}},
		{name: "truncated page once is read again", fault: func(w world) splitfake.Fault {
			return splitfake.Fault{Kind: fakehttp.Truncated, Path: defsPath(w), Times: 1}
		}, waits: []time.Duration{125 * time.Millisecond}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			if tt.fault != nil {
				w.srv.InjectFault(tt.fault(w))
			}
			c, clock := w.client(t, func(o *split.Options) {
				if tt.token != "" {
					o.Token = tt.token
				}
			})
			states, err := c.Fetch(context.Background(), provider.Scope{Project: "Default", Environments: []string{"Production"}}, nil)
			if len(tt.want) == 0 {
				if err != nil || len(states) != 120 {
					t.Fatalf("got %d states, error %v; want 120", len(states), err)
				}
				if got := clock.Sleeps(); !slices.Equal(got, tt.waits) {
					t.Errorf("waits %v, want %v", got, tt.waits)
				}
				return
			}
			if err == nil || states != nil {
				t.Fatalf("got %d states and no error", len(states))
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
			for _, secret := range []string{w.srv.Token(), tt.token} {
				if secret != "" && strings.Contains(err.Error(), secret) {
					t.Errorf("error %q contains the token", err)
				}
			}
		})
	}
}

// TestErrorBodies checks Split's JSON error body, the raw-text fallback, a
// 404 naming what is unknown, and that a token the server echoes is redacted.
func TestErrorBodies(t *testing.T) {
	const token = "super-secret-admin-key"
	tests := []struct {
		name   string
		status int
		body   string
		want   string
	}{
		{"split json", 403, `{"code":403,"message":"Approvals are required. orgId=o1 envId=e1","details":"","transactionId":"22ugt6f5igp"}`,
			`list workspaces (offset 0): HTTP 403: the token lacks a role/permission for this request (server said: Approvals are required. orgId=o1 envId=e1 (transactionId 22ugt6f5igp))`},
		{"details kept", 400, `{"code":400,"message":"Bad request","details":"limit too large","transactionId":""}`,
			`HTTP 400: bad request (server said: Bad request: limit too large)`},
		{"raw text", 401, "<html>denied</html>", `HTTP 401: token rejected: check that the access token is valid and not expired (server said: <html>denied</html>)`},
		{"token echoed", 401, `{"code":401,"message":"key ` + token + ` is invalid"}`, `(server said: key [redacted] is invalid)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.status)
				w.Write([]byte(tt.body))
			}))
			defer srv.Close()
			c, err := split.New(split.Options{BaseURL: srv.URL, Token: token})
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Workspaces(context.Background())
			if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), token) {
				t.Errorf("error %v, want it to contain %q and not the token", err, tt.want)
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	w := newWorld(t)
	c, _ := w.client(t, nil)
	_, err := c.Definitions(context.Background(), split.Workspace{ID: "gone", Name: "Ghost"}, split.Environment{ID: "e", Name: "Production"})
	want := `list definitions Ghost/Production (offset 0): HTTP 404: unknown workspace "Ghost" or environment "Production" (server said: Workspace gone not found (transactionId `
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v\nwant  %s", err, want)
	}
}

func TestAuthHeaders(t *testing.T) {
	tests := []struct {
		name       string
		mode       split.AuthMode
		authz, key string
	}{
		{"bearer", split.BearerAuth, "Bearer " + splitfake.DefaultToken, ""},
		{"x-api-key", split.APIKeyAuth, "", splitfake.DefaultToken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			rec := &headerRecorder{}
			c, _ := w.client(t, func(o *split.Options) {
				o.Auth = tt.mode
				o.HTTPClient = &http.Client{Transport: rec}
			})
			if _, err := c.Fetch(context.Background(), provider.Scope{Project: "Default"}, nil); err != nil {
				t.Fatal(err)
			}
			h := rec.last
			if h.Get("Authorization") != tt.authz || h.Get("x-api-key") != tt.key ||
				h.Get("Accept") != "application/json" || h.Get("Content-Type") != "application/json" {
				t.Errorf("headers %v", h)
			}
		})
	}
}

func TestConcurrencyBound(t *testing.T) {
	tests := []struct {
		name       string
		limit, max int
	}{
		{"default", 0, transport.DefaultMaxInFlight},
		{"three", 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := splitfake.New(splitfake.Options{})
			defer srv.Close()
			srv.Generate(splitfake.Synthetic{Flags: 600, Seed: 7})
			srv.InjectFault(splitfake.Fault{Kind: fakehttp.Slow, Delay: 5 * time.Millisecond})
			c, err := split.New(split.Options{BaseURL: srv.URL(), Token: srv.Token(), Transport: transport.Options{MaxInFlight: tt.limit}})
			if err != nil {
				t.Fatal(err)
			}
			states, err := c.Fetch(context.Background(), provider.Scope{Project: "Default"}, nil)
			if err != nil || len(states) != 1800 {
				t.Fatalf("got %d states, error %v", len(states), err)
			}
			if got := srv.Stats().MaxInFlight; got > tt.max || got < 2 {
				t.Errorf("max in flight %d, want 2..%d", got, tt.max)
			}
		})
	}
}

func TestNewValidates(t *testing.T) {
	tests := []struct {
		name string
		opts split.Options
	}{
		{"no token", split.Options{}},
		{"bad auth mode", split.Options{Token: "t", Auth: split.AuthMode(9)}},
		{"environment ids without the workspace id", split.Options{Token: "t", EnvironmentIDs: []string{"env-1"}}},
	}
	for _, tt := range tests {
		if _, err := split.New(tt.opts); err == nil {
			t.Errorf("%s: New succeeded", tt.name)
		}
	}
}
