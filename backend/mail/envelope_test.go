package mail_test

import (
	"context"
	"strings"
	"testing"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/mail/mailtest"
)

func TestSendChecksItsArguments(t *testing.T) {
	// Every case fails before dialling; the cancelled context makes sure no
	// connection is attempted even if one did not.
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	base := mail.Settings{Host: "127.0.0.1", Port: 1, Security: mail.SecurityStartTLS, Username: mailtest.DefaultUsername}
	tests := []struct {
		name     string
		settings mail.Settings
		password string
		from     string
		to       []string
		message  string
		want     string
	}{
		{name: "invalid settings", settings: mail.Settings{Security: mail.SecurityTLS}, password: "hunter2", from: "a@example.com",
			to: []string{"b@example.com"}, message: testMessage, want: "SMTP host is empty"},
		{name: "no sender", settings: base, password: "hunter2", to: []string{"b@example.com"}, message: testMessage,
			want: "no sender: enter a From address"},
		{name: "bad sender", settings: base, password: "hunter2", from: "a@", to: []string{"b@example.com"}, message: testMessage,
			want: `the sender: “a@” is not an email address: nothing comes after the @`},
		{name: "no recipients", settings: base, password: "hunter2", from: "a@example.com", message: testMessage,
			want: "no recipients"},
		{name: "bad recipient", settings: base, password: "hunter2", from: "a@example.com", to: []string{"b@example.com", "c\r\nRCPT TO:<d@example.com>"},
			message: testMessage, want: "recipient 2: “c\r\nRCPT TO:<d@example.com>” is not an email address: it contains a line break"},
		{name: "empty message", settings: base, password: "hunter2", from: "a@example.com", to: []string{"b@example.com"},
			want: "the message is empty"},
		{name: "no password", settings: base, from: "a@example.com", to: []string{"b@example.com"}, message: testMessage,
			want: `no password for SMTP user "releases@example.com"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := mail.Send(ctx, tt.settings, tt.password, tt.from, tt.to, []byte(tt.message))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Send = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
