package launchdarkly

import (
	"net/http"
	"strconv"
	"time"

	"rolloutdesk/backend/provider/transport"
)

// RateLimitWait is LaunchDarkly's transport.RateLimitFunc: the time
// Retry-After names (sent with IP-based limits, in seconds or as an HTTP
// date), else the time until X-Ratelimit-Reset (epoch milliseconds). It
// returns 0 when neither names a time still to come: some routes send
// neither, and the reset time is sometimes already past when the 429
// arrives. The transport then waits one rate-limit window, 10 s by default
// as LaunchDarkly's are, and keeps any wait within its bounds, so a clock
// skewed from LaunchDarkly's can neither make calls spin nor fail them.
func RateLimitWait(h http.Header, now time.Time) time.Duration {
	if d := transport.RetryAfter(h, now); d > 0 {
		return d
	}
	ms, err := strconv.ParseInt(h.Get("X-Ratelimit-Reset"), 10, 64)
	if err != nil || ms <= 0 {
		return 0
	}
	return max(time.UnixMilli(ms).Sub(now), 0)
}
