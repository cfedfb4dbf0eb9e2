// Package fakehttp is the HTTP plumbing shared by the provider fakes
// (ldfake, splitfake): injecting faults into the requests a fake serves and
// recording the traffic it sees. Each fake keeps what is its provider's own:
// which requests a fault's path selects, its error bodies, its rate-limit
// headers and its malformed body.
package fakehttp

import (
	"net/http"
	"time"
)

// Kind is a way a request can go wrong.
type Kind int

// The faults an Injector can apply.
const (
	// RateLimited answers 429 with the fake's error body and rate-limit
	// headers.
	RateLimited Kind = iota + 1
	// ServerError answers 500.
	ServerError
	// Slow waits Fault.Delay before the request is handled, and lets other
	// faults and the normal answer follow.
	Slow
	// Malformed answers 200 with a body that is not valid JSON.
	Malformed
	// Truncated serves the request as normal but cuts the body in half,
	// mid-JSON.
	Truncated
	// Unauthorized answers 401, as for a revoked token.
	Unauthorized
	// Forbidden answers 403, as for a token without the needed role.
	Forbidden
	// Conflict answers 409, as for a write that collided with another
	// (LaunchDarkly's optimistic locking).
	Conflict
)

// status is the HTTP status a failing fault of kind k answers with.
func (k Kind) status() int {
	switch k {
	case RateLimited:
		return http.StatusTooManyRequests
	case ServerError:
		return http.StatusInternalServerError
	case Unauthorized:
		return http.StatusUnauthorized
	case Forbidden:
		return http.StatusForbidden
	case Conflict:
		return http.StatusConflict
	default:
		return http.StatusOK
	}
}

// Fault makes matching requests fail in one way. R is the fake's own
// rate-limit advice (what its 429 headers say).
type Fault[R any] struct {
	Kind Kind
	// Method, when set, limits the fault to requests with that HTTP
	// method, e.g. "PATCH" for writes only.
	Method string
	// Path selects the requests the fault applies to, as the fake's
	// Answers.Match reads it; empty matches every request.
	Path string
	// Times is how many matching requests the fault applies to; 0 means
	// every one until Clear (or Until).
	Times int
	// Until, when set, ends the fault: it applies only to requests that
	// arrive before Until, and is dropped at the first that arrives later.
	// With Kind RateLimited and no RateLimit advice it makes a storm of
	// header-less 429s that lasts until then.
	Until time.Time
	// Now is the clock Until is read by; nil means time.Now. A test whose
	// client waits on a fake clock passes that clock's Now, so that the
	// fault ends when the client has waited long enough.
	Now func() time.Time
	// Delay is the latency a Slow fault adds.
	Delay time.Duration
	// RateLimit is what a RateLimited fault's headers advise.
	RateLimit R
}

// Answers are a fake's own parts of faulty answers.
type Answers[R any] struct {
	// Match reports whether r falls under a fault's non-empty Path.
	Match func(path string, r *http.Request) bool
	// RateLimitHeader sets the headers of a RateLimited answer that give
	// advice rl.
	RateLimitHeader func(h http.Header, rl R)
	// Error writes the provider's error body with status (429, 500, 401,
	// 403 or 409).
	Error func(w http.ResponseWriter, status int)
	// Malformed is the invalid JSON a Malformed fault answers with.
	Malformed []byte
}

// over reports whether f's Until has come.
func (f *Fault[R]) over() bool {
	if f.Until.IsZero() {
		return false
	}
	now := time.Now
	if f.Now != nil {
		now = f.Now
	}
	return !now().Before(f.Until)
}
