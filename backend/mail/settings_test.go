package mail

import (
	"errors"
	"strings"
	"testing"
)

func TestSettingsValidate(t *testing.T) {
	valid := Settings{Host: "smtp.example.com", Port: 587, Security: SecurityStartTLS, Username: "me", From: "releases@example.com"}
	tests := []struct {
		name     string
		change   func(*Settings)
		wantErr  error    // matched with errors.Is
		wantText []string // each contained in the error; none means valid
	}{
		{name: "starttls", change: func(*Settings) {}},
		{name: "implicit TLS, default port", change: func(s *Settings) { s.Security, s.Port = SecurityTLS, 0 }},
		{name: "plaintext without login anywhere", change: func(s *Settings) { s.Security, s.Username = SecurityNone, "" }},
		{name: "plaintext login to localhost", change: func(s *Settings) { s.Security, s.Host = SecurityNone, "LocalHost" }},
		{name: "plaintext login to 127.0.0.1", change: func(s *Settings) { s.Security, s.Host = SecurityNone, "127.0.0.1" }},
		{name: "plaintext login to ::1", change: func(s *Settings) { s.Security, s.Host = SecurityNone, "::1" }},
		{name: "plaintext login to [::1]", change: func(s *Settings) { s.Security, s.Host = SecurityNone, "[::1]" }},
		{
			name:     "plaintext login to another machine",
			change:   func(s *Settings) { s.Security = SecurityNone },
			wantErr:  ErrInsecureAuth,
			wantText: []string{"unencrypted connection to smtp.example.com", `choose security "starttls" or "tls"`},
		},
		{
			name:     "plaintext login to a name that is not localhost",
			change:   func(s *Settings) { s.Security, s.Host = SecurityNone, "localhost.example.com" },
			wantErr:  ErrInsecureAuth,
			wantText: []string{"localhost.example.com"},
		},
		{name: "empty host", change: func(s *Settings) { s.Host = " " }, wantText: []string{"SMTP host is empty"}},
		{name: "host with port", change: func(s *Settings) { s.Host = "smtp.example.com:587" }, wantText: []string{"includes a port"}},
		{name: "URL as host", change: func(s *Settings) { s.Host = "smtp://smtp.example.com" }, wantText: []string{"without a scheme"}},
		{name: "port out of range", change: func(s *Settings) { s.Port = 70000 }, wantText: []string{"SMTP port 70000 is outside 1–65535"}},
		{name: "unknown security", change: func(s *Settings) { s.Security = "ssl" }, wantText: []string{`SMTP security "ssl" is not one of`}},
		{name: "unknown auth method", change: func(s *Settings) { s.AuthMethod = "cram-md5" }, wantText: []string{`method "cram-md5" is not one of`}},
		{name: "bad sender", change: func(s *Settings) { s.From = "releases" }, wantText: []string{`SMTP sender (From): “releases” is not an email address: it has no @`}},
		{name: "negative timeout", change: func(s *Settings) { s.Timeout = -1 }, wantText: []string{"SMTP timeout -1ns is negative"}},
		{
			name:     "every problem at once",
			change:   func(s *Settings) { s.Host, s.Port, s.Security = "", -1, "" },
			wantText: []string{"SMTP host is empty", "SMTP port -1", `SMTP security ""`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := valid
			tt.change(&s)
			err := s.Validate()
			if len(tt.wantText) == 0 {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Validate succeeded, want an error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %q does not match %q", err, tt.wantErr)
			}
			for _, want := range tt.wantText {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

func TestSettingsAddress(t *testing.T) {
	tests := []struct {
		settings Settings
		want     string
	}{
		{Settings{Host: "smtp.example.com", Security: SecurityStartTLS}, "smtp.example.com:587"},
		{Settings{Host: "smtp.example.com", Security: SecurityTLS}, "smtp.example.com:465"},
		{Settings{Host: "localhost", Security: SecurityNone}, "localhost:25"},
		{Settings{Host: "[::1]", Port: 2525, Security: SecurityNone}, "[::1]:2525"},
	}
	for _, tt := range tests {
		if got := tt.settings.address(); got != tt.want {
			t.Errorf("%+v.address() = %q, want %q", tt.settings, got, tt.want)
		}
	}
}
