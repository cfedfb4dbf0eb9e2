package transport

import (
	"net/http"
	"strconv"
	"time"
)

// The bounds of one wait after a 429, before jitter. Whatever the headers
// advise, and whatever a local clock skewed from the server's makes of a
// reset time, the wait lies within them: it can neither make a call spin
// nor exceed a budget on the first try.
const (
	MinRateLimitWait = time.Second
	MaxRateLimitWait = time.Minute
)

// RateLimitFunc returns how long a provider asks clients to wait after a
// 429, judged from the response headers at time now; 0 when the headers
// advise nothing usable: none, or a time already past. LaunchDarkly reads
// Retry-After and X-Ratelimit-Reset, Split the X-RateLimit-Reset-Seconds-*
// headers, then Retry-After.
type RateLimitFunc func(h http.Header, now time.Time) time.Duration

// HeaderSeconds reads header name as a non-negative number of seconds
// ("30", "1.5"), as in Retry-After or Split's X-RateLimit-Reset-Seconds-Org.
// It reports false when the header is absent or not such a number.
func HeaderSeconds(h http.Header, name string) (time.Duration, bool) {
	v := h.Get(name)
	if v == "" {
		return 0, false
	}
	secs, err := strconv.ParseFloat(v, 64)
	if err != nil || secs < 0 || secs > 1e6 {
		return 0, false
	}
	return time.Duration(secs * float64(time.Second)), true
}

// RetryAfter reads the Retry-After header in either form HTTP allows: a
// number of seconds, or an HTTP date, which it takes relative to now. It
// returns 0 when the header is absent, malformed or names a time already
// past.
func RetryAfter(h http.Header, now time.Time) time.Duration {
	if d, ok := HeaderSeconds(h, "Retry-After"); ok {
		return d
	}
	at, err := http.ParseTime(h.Get("Retry-After"))
	if err != nil {
		return 0
	}
	return max(at.Sub(now), 0)
}

// rateLimitWait is how long to wait after a 429 whose headers are h: what
// Options.RateLimitWait advises, or RateLimitWindow when it advises
// nothing, kept within [MinRateLimitWait, MaxRateLimitWait], plus up to
// BaseBackoff of jitter.
func (t *Transport) rateLimitWait(h http.Header) time.Duration {
	var advice time.Duration
	if t.opts.RateLimitWait != nil {
		advice = t.opts.RateLimitWait(h, t.opts.Clock.Now())
	}
	if advice <= 0 {
		advice = t.opts.RateLimitWindow
	}
	return min(max(advice, MinRateLimitWait), MaxRateLimitWait) + t.opts.Jitter(t.opts.BaseBackoff)
}
