package split

import (
	"net/http"
	"testing"
	"time"
)

func TestRateLimitWait(t *testing.T) {
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		headers map[string]string
		want    time.Duration
	}{
		{"larger of org and ip", map[string]string{"X-RateLimit-Reset-Seconds-Org": "3", "X-RateLimit-Reset-Seconds-IP": "7"}, 7 * time.Second},
		{"org larger", map[string]string{"X-RateLimit-Reset-Seconds-Org": "9", "X-RateLimit-Reset-Seconds-IP": "2"}, 9 * time.Second},
		{"org only", map[string]string{"X-RateLimit-Reset-Seconds-Org": "4"}, 4 * time.Second},
		{"ip only, retry-after ignored", map[string]string{"X-RateLimit-Reset-Seconds-IP": "5", "Retry-After": "60"}, 5 * time.Second},
		{"resets of zero advise nothing", map[string]string{"X-RateLimit-Reset-Seconds-Org": "0", "X-RateLimit-Reset-Seconds-IP": "0"}, 0},
		{"retry-after fallback", map[string]string{"Retry-After": "2"}, 2 * time.Second},
		{"retry-after as an HTTP date", map[string]string{"Retry-After": now.Add(30 * time.Second).Format(http.TimeFormat)}, 30 * time.Second},
		{"retry-after date in the past", map[string]string{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0},
		{"unparsable org falls to ip", map[string]string{"X-RateLimit-Reset-Seconds-Org": "soon", "X-RateLimit-Reset-Seconds-IP": "1"}, time.Second},
		{"nothing usable", map[string]string{"Retry-After": "soon"}, 0},
		{"no headers", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tt.headers {
				h.Set(k, v)
			}
			if got := RateLimitWait(h, now); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
