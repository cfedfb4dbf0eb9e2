package launchdarkly

import (
	"net/http"
	"testing"
	"time"
)

func TestRateLimitWaitAdvice(t *testing.T) {
	now := time.UnixMilli(1700000000000)
	tests := []struct {
		name    string
		headers map[string]string
		want    time.Duration
	}{
		{"nothing", nil, 0},
		{"retry-after wins", map[string]string{"Retry-After": "7", "X-Ratelimit-Reset": "1700000002000"}, 7 * time.Second},
		{"retry-after as an HTTP date", map[string]string{"Retry-After": now.Add(30 * time.Second).UTC().Format(http.TimeFormat)}, 30 * time.Second},
		{"retry-after past, reset ahead", map[string]string{"Retry-After": now.Add(-time.Hour).UTC().Format(http.TimeFormat), "X-Ratelimit-Reset": "1700000004000"}, 4 * time.Second},
		{"retry-after zero, reset ahead", map[string]string{"Retry-After": "0", "X-Ratelimit-Reset": "1700000004000"}, 4 * time.Second},
		{"reset ahead", map[string]string{"X-Ratelimit-Reset": "1700000002500"}, 2500 * time.Millisecond},
		{"reset far ahead (the transport clamps it)", map[string]string{"X-Ratelimit-Reset": "1700000300000"}, 5 * time.Minute},
		{"reset in the past", map[string]string{"X-Ratelimit-Reset": "1699999990000"}, 0},
		{"reset right now", map[string]string{"X-Ratelimit-Reset": "1700000000000"}, 0},
		{"reset not a number", map[string]string{"X-Ratelimit-Reset": "soon"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tt.headers {
				h.Set(k, v)
			}
			if got := RateLimitWait(h, now); got != tt.want {
				t.Errorf("RateLimitWait = %v, want %v", got, tt.want)
			}
		})
	}
}
