package launchdarkly

import (
	"net/http"
	"strconv"
	"time"

	"rolloutdesk/backend/provider/transport"
)

// minRateLimitWait is the wait when X-Ratelimit-Reset lies in the past or
// a moment away: LaunchDarkly's reset time is sometimes already past when
// the 429 arrives, and the window is 10 s, so a short pause is right.
const minRateLimitWait = 500 * time.Millisecond

// RateLimitWait is LaunchDarkly's transport.RateLimitFunc: the Retry-After
// seconds of an IP-based limit, else the time until X-Ratelimit-Reset
// (epoch milliseconds) but at least minRateLimitWait; 0 when neither header
// is usable, which makes the transport back off exponentially.
func RateLimitWait(h http.Header, now time.Time) time.Duration {
	if d, ok := transport.HeaderSeconds(h, "Retry-After"); ok {
		return d
	}
	ms, err := strconv.ParseInt(h.Get("X-Ratelimit-Reset"), 10, 64)
	if err != nil || ms <= 0 {
		return 0
	}
	return max(time.UnixMilli(ms).Sub(now), minRateLimitWait)
}
