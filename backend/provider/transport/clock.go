package transport

import (
	"context"
	"net/http"
	"strconv"
	"time"
)

// Clock reads the time and waits. Tests replace the real one so that
// backoff needs no real sleeping.
type Clock interface {
	Now() time.Time
	// Sleep waits for d, or returns ctx's error as soon as ctx is done.
	Sleep(ctx context.Context, d time.Duration) error
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// RateLimitFunc returns how long a provider asks clients to wait after a 429,
// judged from the response headers at time now; 0 when the headers say
// nothing usable. LaunchDarkly reads Retry-After and X-Ratelimit-Reset,
// Split the X-RateLimit-Reset-Seconds-* headers.
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
