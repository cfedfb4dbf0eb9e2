package transport_test

import (
	"net/http"
	"testing"
	"time"

	"rolloutdesk/backend/provider/transport"
)

func TestHeaderSeconds(t *testing.T) {
	tests := []struct {
		value  string
		want   time.Duration
		wantOK bool
	}{
		{"", 0, false},
		{"30", 30 * time.Second, true},
		{"0", 0, true},
		{"1.5", 1500 * time.Millisecond, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{"Wed, 21 Oct 2015 07:28:00 GMT", 0, false},
	}
	for _, tt := range tests {
		h := http.Header{}
		if tt.value != "" {
			h.Set("Retry-After", tt.value)
		}
		got, ok := transport.HeaderSeconds(h, "Retry-After")
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("HeaderSeconds(%q) = %v, %v; want %v, %v", tt.value, got, ok, tt.want, tt.wantOK)
		}
	}
}
