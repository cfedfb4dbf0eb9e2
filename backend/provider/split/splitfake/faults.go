package splitfake

import (
	"net/http"
	"strconv"
	"strings"

	"rolloutdesk/backend/provider/fakehttp"
)

// Fault describes a disturbance applied to matching requests. Its Path
// limits it to requests whose path below the API root starts with it, e.g.
// "/splits/ws/ws-1/environments/". A RateLimited fault answers 429 with
// X-RateLimit-Remaining-Org/-IP set to 0 and the reset seconds of its
// RateLimit; a Conflict fault answers 409, as a write that collided with
// another does.
type Fault = fakehttp.Fault[RateLimit]

// RateLimit is the advice a RateLimited fault sends.
type RateLimit struct {
	// ResetOrg and ResetIP are the seconds reported in
	// X-RateLimit-Reset-Seconds-Org and X-RateLimit-Reset-Seconds-IP.
	ResetOrg, ResetIP int
}

// InjectFault adds a fault. Faults are tried in the order they were added;
// every matching Slow fault applies, then the first other matching one.
func (s *Server) InjectFault(f Fault) { s.faults.Inject(f) }

// ClearFaults removes every fault.
func (s *Server) ClearFaults() { s.faults.Clear() }

// faultAnswers are Split's parts of faulty answers, with s's error bodies.
func (s *Server) faultAnswers() fakehttp.Answers[RateLimit] {
	return fakehttp.Answers[RateLimit]{
		Match: func(prefix string, r *http.Request) bool {
			return strings.HasPrefix(strings.TrimPrefix(r.URL.Path, APIRoot), prefix)
		},
		RateLimitHeader: rateLimitHeader,
		Error: func(w http.ResponseWriter, status int) {
			s.writeError(w, status, faultMessages[status])
		},
		Malformed: []byte(`{"objects":[{"name":"malformed",]}`),
	}
}

// rateLimitHeader sets the headers Split sends with a 429.
func rateLimitHeader(h http.Header, rl RateLimit) {
	h.Set("X-RateLimit-Remaining-Org", "0")
	h.Set("X-RateLimit-Remaining-IP", "0")
	h.Set("X-RateLimit-Reset-Seconds-Org", strconv.Itoa(rl.ResetOrg))
	h.Set("X-RateLimit-Reset-Seconds-IP", strconv.Itoa(rl.ResetIP))
}

// faultMessages are the messages Split sends with each status a fault
// answers.
var faultMessages = map[int]string{
	http.StatusTooManyRequests:     "Too Many Requests: rate limit exceeded",
	http.StatusInternalServerError: "Internal Server Error",
	http.StatusUnauthorized:        unauthorized,
	http.StatusForbidden:           forbidden,
	http.StatusConflict:            "Conflict: the feature flag was changed by another request",
}
