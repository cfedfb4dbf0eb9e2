package mailer

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/mail/mailtest"
	"rolloutdesk/backend/secrets"
	"rolloutdesk/backend/store/storetest"
)

// refused550 is what a person reads for a recipient the test server rejects.
const refused550 = "the server refused this address (550 5.1.1 No such user): check it for typos, or ask the mail administrator"

const testMessage = "From: releases@example.com\r\nTo: ana@example.com\r\nSubject: Beta is live\r\n\r\nHello.\r\n"

func TestSendMail(t *testing.T) {
	tests := []struct {
		name       string
		server     mailtest.Config
		change     func(*mail.Settings) // applied to the server's settings before saving
		password   string               // saved with the settings; mailtest.DefaultPassword when empty
		noSettings bool                 // save no settings at all
		noPassword bool                 // save the settings without a password
		direct     bool                 // write the settings row directly, skipping SaveSMTPSettings' checks
		noKeyring  bool                 // the workspace reads secrets from the environment only
		to         []string

		wantSaveErr   error  // from SaveSMTPSettings, matched with errors.Is
		wantErr       error  // from SendMail, matched with errors.Is
		wantErrText   string // contained in SendMail's error; empty means success
		wantReport    []mail.RecipientResult
		wantDelivered []string // recipients of the one message delivered; nil means none
	}{
		{
			name:          "delivers to the accepted recipients",
			server:        mailtest.Config{Reject: []string{"gone@example.com"}},
			to:            []string{"ana@example.com", "gone@example.com", "Ben <ben@example.com>"},
			wantDelivered: []string{"ana@example.com", "ben@example.com"},
			wantReport: []mail.RecipientResult{
				{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent},
				{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user", Status: mail.StatusRefused, Reason: refused550},
				{Address: "ben@example.com", Accepted: true, Status: mail.StatusSent},
			},
		},
		{
			name:          "plaintext login to a server on loopback",
			server:        mailtest.Config{Security: mailtest.Plaintext, Username: "rollout", Password: "desk"},
			password:      "desk",
			to:            []string{"ana@example.com"},
			wantDelivered: []string{"ana@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}},
		},
		{
			name:        "wrong password",
			password:    "not-the-password",
			to:          []string{"ana@example.com"},
			wantErr:     mail.ErrAuthRejected,
			wantErrText: "the server rejected the username or password (535 5.7.8 Authentication failed): check the username",
		},
		{
			name:        "no settings",
			noSettings:  true,
			to:          []string{"ana@example.com"},
			wantErrText: "no SMTP server is set up",
		},
		{
			name:        "no password stored",
			noPassword:  true,
			to:          []string{"ana@example.com"},
			wantErr:     secrets.ErrNotFound,
			wantErrText: "no SMTP password is stored; add it in Settings → Email, or set ROLLOUTDESK_SMTP_PASSWORD",
		},
		{
			name:        "no keyring",
			noKeyring:   true,
			direct:      true,
			to:          []string{"ana@example.com"},
			wantErr:     secrets.ErrNoKeyring,
			wantErrText: "no system keyring is available (the workspace reads its secrets from the environment only); set ROLLOUTDESK_SMTP_PASSWORD instead",
		},
		{
			name:        "plaintext login to another machine is not saved",
			change:      func(s *mail.Settings) { s.Host, s.Port, s.Security = "smtp.example.com", 25, mail.SecurityNone },
			to:          []string{"ana@example.com"},
			wantSaveErr: mail.ErrInsecureAuth,
			wantErrText: "no SMTP server is set up",
		},
		{
			name:        "plaintext login to another machine is not sent",
			change:      func(s *mail.Settings) { s.Host, s.Port, s.Security = "192.0.2.1", 25, mail.SecurityNone },
			direct:      true,
			to:          []string{"ana@example.com"},
			wantErr:     mail.ErrInsecureAuth,
			wantErrText: "refusing to send the password over an unencrypted connection to 192.0.2.1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			var store secrets.Memory
			st := storetest.Open(t)
			w := &Service{Store: st, Secrets: &store, Audit: &audit.Log{Store: st, Now: time.Now}}
			srv, err := mailtest.Start(tt.server)
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			s := srv.Settings()
			if tt.change != nil {
				tt.change(&s)
			}
			password := tt.password
			if password == "" {
				password = mailtest.DefaultPassword
			}

			var saveErr error
			switch {
			case tt.noSettings:
			case tt.direct:
				saveDirectly(t, w, &store, s, password)
			case tt.noPassword:
				saveErr = w.SaveSettings(ctx, s, "")
			default:
				saveErr = w.SaveSettings(ctx, s, password)
			}
			if !errors.Is(saveErr, tt.wantSaveErr) {
				t.Fatalf("SaveSMTPSettings = %v, want %v", saveErr, tt.wantSaveErr)
			}
			if saveErr != nil && strings.Contains(saveErr.Error(), password) {
				t.Errorf("SaveSMTPSettings error %q contains the password", saveErr)
			}
			saved := !tt.noSettings && tt.wantSaveErr == nil
			checkStored(t, w, &store, password, saved, saved && !tt.noPassword)
			if tt.noKeyring {
				w.Secrets = nil
			}

			report, err := w.Send(ctx, []byte(testMessage), tt.to)

			if tt.wantErrText == "" {
				if err != nil || !report.Sent {
					t.Fatalf("SendMail = %+v, %v; want the message sent", report, err)
				}
			} else {
				if err == nil || !strings.Contains(err.Error(), tt.wantErrText) {
					t.Fatalf("SendMail error = %v, want one containing %q", err, tt.wantErrText)
				}
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("SendMail error %q does not match %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), password) {
					t.Errorf("SendMail error %q contains the password", err)
				}
			}
			if !slices.Equal(report.Recipients, tt.wantReport) {
				t.Errorf("Report.Recipients = %+v, want %+v", report.Recipients, tt.wantReport)
			}
			checkDelivered(t, srv.Deliveries(), tt.wantDelivered)
		})
	}
}

// saveDirectly writes s to the settings row and password to store without
// SaveSMTPSettings' checks, as an older version or a hand edit might have.
func saveDirectly(t *testing.T, w *Service, store secrets.Store, s mail.Settings, password string) {
	t.Helper()
	if err := store.Set(secrets.SMTPAccount("default"), password); err != nil {
		t.Fatal(err)
	}
	text, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Store.SetSetting(t.Context(), "mail.smtp", string(text)); err != nil {
		t.Fatal(err)
	}
}

// checkStored checks that the password is in store under "smtp/default"
// when wantPassword, and never in the settings row, which exists when
// wantSettings, nor in the audit log.
func checkStored(t *testing.T, w *Service, store secrets.Store, password string, wantSettings, wantPassword bool) {
	t.Helper()
	text, err := w.Store.Setting(t.Context(), "mail.smtp")
	if err != nil {
		t.Fatal(err)
	}
	if (text != "") != wantSettings {
		t.Errorf("settings row = %q, want one saved: %t", text, wantSettings)
	}
	if strings.Contains(text, password) {
		t.Errorf("settings row %q contains the password", text)
	}
	got, err := store.Get(secrets.SMTPAccount("default"))
	switch {
	case wantPassword && (err != nil || got != password):
		t.Errorf("stored password = %q, %v; want the saved one", got, err)
	case !wantPassword && !errors.Is(err, secrets.ErrNotFound):
		t.Errorf("stored password = %q, %v; want none", got, err)
	}
	events, err := w.Audit.List(t.Context(), domain.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if strings.Contains(e.Summary, password) {
			t.Errorf("audit event %q contains the password", e.Summary)
		}
	}
}

// checkDelivered checks that the server got the test message exactly once,
// for the recipients want, or not at all when want is nil.
func checkDelivered(t *testing.T, got []mailtest.Delivery, want []string) {
	t.Helper()
	if want == nil {
		if len(got) != 0 {
			t.Errorf("server got %d messages, want none", len(got))
		}
		return
	}
	if len(got) != 1 || !slices.Equal(got[0].To, want) || string(got[0].Data) != testMessage {
		t.Errorf("server got %+v, want the test message once, to %q", got, want)
	}
}
