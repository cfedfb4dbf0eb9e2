package mailer

import (
	"errors"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/mail/mailtest"
	"rolloutdesk/backend/secrets"
	"rolloutdesk/backend/store/storetest"
)

// brokenKeyring is a system without a usable keyring.
type brokenKeyring struct{}

func (brokenKeyring) Get(account string) (string, error) {
	return "", &secrets.NoKeyringError{Err: errors.New("no bus"), Account: account}
}
func (brokenKeyring) Set(account, _ string) error {
	return &secrets.NoKeyringError{Err: errors.New("no bus"), Account: account}
}
func (brokenKeyring) Delete(account string) error {
	return &secrets.NoKeyringError{Err: errors.New("no bus"), Account: account}
}

// TestWithoutKeyring: saving a password names the SMTP password's own
// variable, and with that variable set the saved server sends without a
// keyring.
func TestWithoutKeyring(t *testing.T) {
	tests := []struct {
		name        string
		keyring     secrets.Store
		password    string // typed in the form
		env         string // $ROLLOUTDESK_SMTP_PASSWORD
		wantSaveErr string
		wantSendErr string
	}{
		{name: "saving a password names ROLLOUTDESK_SMTP_PASSWORD", keyring: brokenKeyring{}, password: mailtest.DefaultPassword,
			wantSaveErr: "storing the SMTP password: no system keyring is available (no bus); set ROLLOUTDESK_SMTP_PASSWORD instead"},
		{name: "a workspace without a keyring names it too", password: mailtest.DefaultPassword,
			wantSaveErr: "set ROLLOUTDESK_SMTP_PASSWORD instead"},
		{name: "sending without the variable names it", keyring: brokenKeyring{},
			wantSendErr: "set ROLLOUTDESK_SMTP_PASSWORD instead"},
		{name: "the variable supplies the password", keyring: brokenKeyring{}, env: mailtest.DefaultPassword},
		{name: "the variable wins over the keyring", keyring: &secrets.Memory{}, password: "stale-password", env: mailtest.DefaultPassword},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(SMTPPasswordEnv, tt.env)
			st := storetest.Open(t)
			w := &Service{Store: st, Secrets: tt.keyring, Audit: &audit.Log{Store: st, Now: time.Now}}
			srv, err := mailtest.Start(mailtest.Config{})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			err = w.SaveSettings(t.Context(), srv.Settings(), tt.password)
			if tt.wantSaveErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantSaveErr) || strings.Contains(err.Error(), "LAUNCHDARKLY") {
					t.Fatalf("SaveSettings error = %v, want %q and no provider variable", err, tt.wantSaveErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			report, err := w.Send(t.Context(), []byte(testMessage), []string{"ana@example.com"})
			if tt.wantSendErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantSendErr) {
					t.Fatalf("Send error = %v, want %q", err, tt.wantSendErr)
				}
				return
			}
			if err != nil || !report.Sent {
				t.Fatalf("Send = %+v, %v; want sent", report, err)
			}
		})
	}
}
