package split

import (
	"net/http"
	"time"

	"rolloutdesk/backend/provider/transport"
)

// RateLimitWait is Split's transport.RateLimitFunc: after a 429, wait the
// larger of X-RateLimit-Reset-Seconds-Org and X-RateLimit-Reset-Seconds-IP,
// as Split advises, or Retry-After (in seconds) when neither is sent.
// It returns 0 when no header says anything usable.
func RateLimitWait(h http.Header, _ time.Time) time.Duration {
	org, okOrg := transport.HeaderSeconds(h, "X-RateLimit-Reset-Seconds-Org")
	ip, okIP := transport.HeaderSeconds(h, "X-RateLimit-Reset-Seconds-IP")
	if okOrg || okIP {
		return max(org, ip)
	}
	retry, _ := transport.HeaderSeconds(h, "Retry-After")
	return retry
}
