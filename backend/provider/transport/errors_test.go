package transport_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/provider/transport/transporttest"
)

func TestHTTPErrorText(t *testing.T) {
	tests := []struct {
		status   int
		body     string
		notFound string
		retries  int
		want     string
	}{
		{401, `{"code":"unauthorized","message":"Invalid access token"}`, "", 0,
			`list flags: HTTP 401: token rejected: check that the access token is valid and not expired (server said: unauthorized: Invalid access token)`},
		{403, `{"code":"forbidden","message":"Access denied"}`, "", 0,
			`list flags: HTTP 403: the token lacks a role/permission for this request (server said: forbidden: Access denied)`},
		{404, `{"code":"not_found","message":"Unknown resource"}`, `project "web"`, 0,
			`list flags: HTTP 404: unknown project "web" (server said: not_found: Unknown resource)`},
		{404, ``, "", 0, `list flags: HTTP 404: not found`},
		{429, `{"code":"rate_limited","message":"Try again later."}`, "", 5,
			`list flags: HTTP 429: rate limited; gave up after 6 attempts and 50s of waiting (server said: rate_limited: Try again later.)`},
		{502, `<html>bad gateway</html>`, "", -1,
			`list flags: HTTP 502: server error (Bad Gateway); gave up after 1 attempt (server said: <html>bad gateway</html>)`},
		{400, `{"code":"invalid_request","message":"limit too large"}`, "", 0,
			`list flags: HTTP 400: bad request (server said: invalid_request: limit too large)`},
		{403, `{"code":403,"message":"Approvals are required.","details":"","transactionId":"22ugt6f5igp"}`, "", 0,
			`list flags: HTTP 403: the token lacks a role/permission for this request (server said: Approvals are required. (transactionId 22ugt6f5igp))`},
		{400, `{"code":400,"message":"Bad request","details":"limit too large"}`, "", 0,
			`list flags: HTTP 400: bad request (server said: Bad request: limit too large)`},
		{400, `{"code":1207,"message":"Bad request"}`, "", 0,
			`list flags: HTTP 400: bad request (server said: 1207: Bad request)`},
		{400, `{"details":"limit too large","transactionId":"t1"}`, "", 0,
			`list flags: HTTP 400: bad request (server said: limit too large (transactionId t1))`},
		{400, `{"code":{"n":1},"message":"odd"}`, "", 0,
			`list flags: HTTP 400: bad request (server said: {"code":{"n":1},"message":"odd"})`},
	}
	for _, tt := range tests {
		srv, _ := scripted(t, reply{status: tt.status, body: tt.body})
		tr := newTest(transporttest.NewClock(time.Time{}), transport.Options{MaxRetries: tt.retries, MaxRateLimitRetries: tt.retries})
		err := tr.Do(context.Background(), transport.Call{Name: "list flags", NotFound: tt.notFound, Idempotent: true},
			get(srv.URL), transport.DecodeJSON(new(any)))
		var he *transport.HTTPError
		if !errors.As(err, &he) || he.Status != tt.status {
			t.Fatalf("status %d: Do = %v; want an HTTPError", tt.status, err)
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("status %d:\n got %s\nwant %s", tt.status, got, tt.want)
		}
	}
}

func TestHTTPErrorReason(t *testing.T) {
	errApproval := errors.New("an approval is required")
	he := &transport.HTTPError{Call: "turn off flag", Status: 405, Code: "method_not_allowed", Message: "Approval is required", Attempts: 1}
	if errors.Is(he, errApproval) {
		t.Error("an HTTPError without a Reason matches it")
	}
	he.Reason = errApproval
	var err error = he
	var as *transport.HTTPError
	if !errors.Is(err, errApproval) || !errors.As(err, &as) {
		t.Errorf("HTTPError with a Reason: Is %v, As %v", errors.Is(err, errApproval), errors.As(err, &as))
	}
	if want := "turn off flag: HTTP 405: an approval is required (server said: method_not_allowed: Approval is required)"; err.Error() != want {
		t.Errorf("got %s\nwant %s", err, want)
	}
}

func TestHTTPErrorShortensLongMessages(t *testing.T) {
	srv, _ := scripted(t, reply{status: 400, body: strings.Repeat("é", 1000)})
	err := transport.New(transport.Options{}).Do(context.Background(), transport.Call{Name: "x"}, get(srv.URL), transport.DecodeJSON(new(any)))
	var he *transport.HTTPError
	if !errors.As(err, &he) {
		t.Fatalf("Do = %v; want an HTTPError", err)
	}
	if len(he.Message) > 300+len("…") || !strings.HasSuffix(he.Message, "é…") {
		t.Errorf("message not shortened on a rune boundary: %d bytes, ends %q", len(he.Message), he.Message[len(he.Message)-6:])
	}
}
