package secrets

import (
	"os"
	"testing"

	"github.com/zalando/go-keyring"
)

// TestMain swaps the OS keyring for go-keyring's in-memory mock before any
// test runs, so no test can read or write the real keyring.
func TestMain(m *testing.M) {
	keyring.MockInit()
	os.Exit(m.Run())
}

func TestAccounts(t *testing.T) {
	tests := []struct{ got, want string }{
		{ConnectionAccount("prod"), "connection/prod"},
		{ConnectionAccount("LD / EU"), "connection/LD / EU"},
		{SMTPAccount("office"), "smtp/office"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct {
		name    string
		s       string
		secrets []string
		want    string
	}{
		{"no secrets", "token api-123 rejected", nil, "token api-123 rejected"},
		{"one", "token api-123 rejected", []string{"api-123"}, "token [redacted] rejected"},
		{"every occurrence", "api-1 and api-1", []string{"api-1"}, "[redacted] and [redacted]"},
		{"several", "a=api-1 b=sk-2", []string{"api-1", "sk-2"}, "a=[redacted] b=[redacted]"},
		{"empty secret ignored", "nothing here", []string{""}, "nothing here"},
		{"longer first", "key api-123456", []string{"api-123", "api-123456"}, "key [redacted]"},
		{"absent", "all clear", []string{"api-9"}, "all clear"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Redact(tt.s, tt.secrets...); got != tt.want {
				t.Errorf("Redact(%q, %q) = %q, want %q", tt.s, tt.secrets, got, tt.want)
			}
		})
	}
}
