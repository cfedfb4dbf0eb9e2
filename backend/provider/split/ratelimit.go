package split

import (
	"net/http"
	"time"

	"rolloutdesk/backend/provider/transport"
)

// RateLimitWait is Split's transport.RateLimitFunc: after a 429, wait the
// larger of X-RateLimit-Reset-Seconds-Org and X-RateLimit-Reset-Seconds-IP,
// as Split advises, or, when neither is sent, the time Retry-After names
// (in seconds or as an HTTP date). It returns 0 when no header gives a wait
// still to come; the transport then waits one rate-limit window, and it
// keeps any wait within its bounds.
func RateLimitWait(h http.Header, now time.Time) time.Duration {
	org, okOrg := transport.HeaderSeconds(h, "X-RateLimit-Reset-Seconds-Org")
	ip, okIP := transport.HeaderSeconds(h, "X-RateLimit-Reset-Seconds-IP")
	if okOrg || okIP {
		return max(org, ip)
	}
	return transport.RetryAfter(h, now)
}
