package ldfake

import (
	"net/http"
	"path"
	"strconv"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
)

// Fault makes matching requests fail in one way. Its Path is a path.Match
// pattern for the URL path, e.g. "/api/v2/flags/*". A RateLimited fault
// answers 429 rate_limited with the headers its RateLimit asks for; a
// Conflict fault answers 409 optimistic_locking_error, as a write that
// collided with another does.
type Fault = fakehttp.Fault[RateLimit]

// RateLimit is the advice a RateLimited fault sends.
type RateLimit struct {
	// RetryAfter, when positive, is sent as Retry-After (whole seconds,
	// rounded up).
	RetryAfter time.Duration
	// Reset, when set, is sent as X-Ratelimit-Reset (epoch milliseconds); it
	// may lie in the past, as real ones sometimes do.
	Reset time.Time
}

// Inject adds f. Faults apply in the order injected; at most one failing
// fault applies per request, after every matching Slow fault.
func (s *Server) Inject(f Fault) { s.faults.Inject(f) }

// ClearFaults removes every fault.
func (s *Server) ClearFaults() { s.faults.Clear() }

// faultAnswers are LaunchDarkly's parts of faulty answers.
var faultAnswers = fakehttp.Answers[RateLimit]{
	Match: func(pattern string, r *http.Request) bool {
		ok, _ := path.Match(pattern, r.URL.Path)
		return ok
	},
	RateLimitHeader: rateLimitHeader,
	Error:           writeFaultError,
	Malformed:       []byte(`{"items":[{"key":"broken",}],"totalCount":1}`),
}

// rateLimitHeader sets the headers LaunchDarkly sends with a 429.
func rateLimitHeader(h http.Header, rl RateLimit) {
	if rl.RetryAfter > 0 {
		secs := (rl.RetryAfter + time.Second - 1) / time.Second
		h.Set("Retry-After", strconv.Itoa(int(secs)))
	}
	if !rl.Reset.IsZero() {
		h.Set("X-Ratelimit-Reset", strconv.FormatInt(rl.Reset.UnixMilli(), 10))
	}
	h.Set("X-Ratelimit-Route-Remaining", "0")
}

// faultErrors are the code and message LaunchDarkly sends with each status
// a fault answers.
var faultErrors = map[int]struct{ code, message string }{
	http.StatusTooManyRequests:     {"rate_limited", "You've exceeded the API rate limit. Try again later."},
	http.StatusInternalServerError: {"internal_server_error", "An internal error occurred"},
	http.StatusUnauthorized:        {"unauthorized", "Invalid access token"},
	http.StatusForbidden:           {"forbidden", "Access to the requested resource was denied"},
	http.StatusConflict:            {"optimistic_locking_error", "Conflict. Optimistic lock error. Try again later."},
}

func writeFaultError(w http.ResponseWriter, status int) {
	e := faultErrors[status]
	writeError(w, status, e.code, e.message)
}
