package secrets

import (
	"errors"
	"strings"
	"testing"

	"rolloutdesk/backend/provider"
)

func TestValidateToken(t *testing.T) {
	tests := []struct {
		name     string
		provider string
		token    string
		wantErr  string // substring; "" means valid
	}{
		{"LaunchDarkly access token", provider.LaunchDarkly, "api-test-only-4e5f", ""},
		{"Split admin key", provider.Split, "abcdefghijklmnopqrstuvwxyz0123456789", ""},
		{"Harness token", provider.Split, "pat.acct.tok.secret", ""},
		{"sdk- prefix is fine for Split", provider.Split, "sdk-123", ""},
		{"empty", provider.LaunchDarkly, "", "the token is empty"},
		{"trailing newline", provider.LaunchDarkly, "api-123\n", "ends with a line break"},
		{"trailing CRLF", provider.Split, "key123\r\n", "ends with a line break"},
		{"leading newline", provider.Split, "\nkey123", "starts with a line break"},
		{"leading space", provider.LaunchDarkly, " api-123", "starts with a space"},
		{"trailing tab", provider.Split, "key123\t", "ends with a space"},
		{"only spaces", provider.Split, "   ", "starts with a space"},
		{"space inside", provider.LaunchDarkly, "api-1 23", "contains a space or a line break"},
		{"two lines", provider.Split, "key1\nkey2", "contains a space or a line break"},
		{"LaunchDarkly SDK key", provider.LaunchDarkly, "sdk-0a1b2c3d", "that is an SDK key; the REST API needs an access token (api-…)"},
		{"LaunchDarkly mobile key", provider.LaunchDarkly, "mob-0a1b2c3d", "that is a mobile key; the REST API needs an access token (api-…)"},
		{"demo takes none", provider.Demo, "api-123", `provider "demo" takes no API token`},
		{"unknown provider", "flagsmith", "x", `provider "flagsmith" takes no API token`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateToken(tt.provider, tt.token)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("ValidateToken(%q, %q) = %v, want nil", tt.provider, tt.token, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("ValidateToken(%q, %q) = %v, want error containing %q", tt.provider, tt.token, err, tt.wantErr)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not match ErrInvalid", err)
			}
			if trimmed := strings.TrimSpace(tt.token); len(trimmed) > 1 && strings.Contains(err.Error(), trimmed) {
				t.Errorf("error %q contains the token", err)
			}
		})
	}
}

func TestValidateSecret(t *testing.T) {
	tests := []struct {
		name    string
		secret  string
		wantErr string
	}{
		{"password", "correct horse battery staple", ""},
		{"app password with inner spaces", "abcd efgh ijkl mnop", ""},
		{"empty", "", "the secret is empty"},
		{"trailing newline", "hunter2\n", "the secret ends with a line break"},
		{"leading space", " hunter2", "the secret starts with a space"},
		{"non-breaking space", "hunter2\u00a0", "the secret ends with a space"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateSecret(tt.secret)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("ValidateSecret(%q) = %v, want nil", tt.secret, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("ValidateSecret(%q) = %v, want error containing %q", tt.secret, err, tt.wantErr)
			case err != nil && strings.Contains(err.Error(), "hunter2"):
				t.Errorf("error %q contains the secret", err)
			}
		})
	}
}
