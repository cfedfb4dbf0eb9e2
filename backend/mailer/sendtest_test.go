package mailer_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	gomail "github.com/emersion/go-message/mail"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/mail/mailtest"
	"rolloutdesk/backend/mailer"
	"rolloutdesk/backend/workspace"
	"rolloutdesk/backend/workspace/workspacetest"
)

// refused550 is what a person reads for a recipient the test server rejects.
const refused550 = "the server refused this address (550 5.1.1 No such user): check it for typos, or ask the mail administrator"

func TestSendTestThroughSavedServer(t *testing.T) {
	const subject = "You're invited: try New checkout before everyone else"
	tests := []struct {
		name, phase, template string
		to                    []string

		wantErr       string // contained in the error; empty means success
		wantReport    []mail.RecipientResult
		wantDelivered []string
		wantHeaderTo  []string // the message's To header; nil means to
		wantAudit     string   // contained in the audit summary; empty means no event
	}{
		{
			name: "delivers the rendered email", phase: "Beta 5%", template: "beta-invitation",
			to:            []string{"ana@example.com", "Ben <ben@example.com>"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}, {Address: "ben@example.com", Accepted: true, Status: mail.StatusSent}},
			wantDelivered: []string{"ana@example.com", "ben@example.com"},
			wantAudit:     "Test email beta-invitation for phase Beta 5% through 127.0.0.1:",
		},
		{
			name: "one recipient rejected", phase: "Beta 5%", template: "beta-invitation",
			to: []string{"gone@example.com", "ana@example.com"},
			wantReport: []mail.RecipientResult{
				{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user", Status: mail.StatusRefused, Reason: refused550},
				{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent},
			},
			wantDelivered: []string{"ana@example.com"},
			wantAudit:     "gone@example.com rejected (550 5.1.1 No such user), ana@example.com accepted",
		},
		{
			name: "every recipient rejected", phase: "Beta 5%", template: "beta-invitation",
			to:         []string{"gone@example.com"},
			wantErr:    "sending test email beta-invitation: the server accepted none of the recipients",
			wantReport: []mail.RecipientResult{{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user", Status: mail.StatusRefused, Reason: refused550}},
			wantAudit:  "not sent: the server accepted none",
		},
		{
			name: "active phase by default", template: "beta-invitation",
			to:            []string{"ana@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}},
			wantDelivered: []string{"ana@example.com"},
			wantAudit:     "for phase Beta 5%",
		},
		{name: "support template", phase: "Beta 5%", template: "support-guide", to: []string{"ana@example.com"},
			wantErr: "template support-guide is for the support channel: only email templates can be sent"},
		{name: "in-app template", phase: "Beta 5%", template: "in-app-banner", to: []string{"ana@example.com"},
			wantErr: "for the in_app channel"},
		{name: "template for another phase", phase: "GA", template: "beta-invitation", to: []string{"ana@example.com"},
			wantErr: `template beta-invitation is not for phase "GA": it applies to "Beta 5%"`},
		{name: "shared block", phase: "GA", template: "_footer", to: []string{"ana@example.com"},
			wantErr: "template _footer is a shared block"},
		{name: "unknown phase", phase: "Pilot", template: "beta-invitation", to: []string{"ana@example.com"},
			wantErr: `has no phase "Pilot"`},
		{name: "unknown template", phase: "GA", template: "nope", to: []string{"ana@example.com"},
			wantErr: `template "nope"`},
		{name: "no recipients", phase: "Beta 5%", template: "beta-invitation",
			wantErr: "no recipients"},
		{
			name: "bad addresses are reported and the good ones still get it", phase: "Beta 5%", template: "beta-invitation",
			to: []string{"bob@", "ana@example.com", "gone@example.com", "Ben <ben@example.com>"},
			wantReport: []mail.RecipientResult{
				{Address: "bob@", Status: mail.StatusInvalid,
					Reason: "“bob@” is not an email address: nothing comes after the @; write it as name@example.com or Name <name@example.com>"},
				{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent},
				{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user", Status: mail.StatusRefused, Reason: refused550},
				{Address: "ben@example.com", Accepted: true, Status: mail.StatusSent},
			},
			wantDelivered: []string{"ana@example.com", "ben@example.com"},
			wantHeaderTo:  []string{"ana@example.com", "gone@example.com", "Ben <ben@example.com>"},
			wantAudit:     `"bob@" not an email address, ana@example.com accepted, gone@example.com rejected (550 5.1.1 No such user), ben@example.com accepted`,
		},
		{name: "no address at all", phase: "Beta 5%", template: "beta-invitation", to: []string{"ana at example"},
			wantErr: "none of the recipients is an email address, so nothing was sent: “ana at example” is not an email address: it has no @",
			wantReport: []mail.RecipientResult{{Address: "ana at example", Status: mail.StatusInvalid,
				Reason: "“ana at example” is not an email address: it has no @; write it as name@example.com or Name <name@example.com>"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			w := workspacetest.OpenDemo(t)
			srv := savedServer(t, w)

			report, err := w.Mail.SendTest(ctx, demo.ReleaseKey, tt.phase, tt.template, tt.to, nil)

			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("SendTest error = %v, want one containing %q", err, tt.wantErr)
			}
			if !slices.Equal(report.Recipients, tt.wantReport) || report.Sent != (tt.wantDelivered != nil) {
				t.Errorf("Report = %+v, want %+v, sent %t", report, tt.wantReport, tt.wantDelivered != nil)
			}
			got := srv.Deliveries()
			if tt.wantDelivered == nil {
				if len(got) != 0 {
					t.Errorf("server got %d messages, want none", len(got))
				}
			} else {
				if len(got) != 1 || !slices.Equal(got[0].To, tt.wantDelivered) || got[0].From != "releases@example.com" {
					t.Fatalf("server got %+v, want one message to %q", got, tt.wantDelivered)
				}
				headerTo := tt.wantHeaderTo
				if headerTo == nil {
					headerTo = tt.to
				}
				checkMessage(t, got[0].Data, subject, headerTo)
			}
			checkAudit(t, w, tt.wantAudit)
		})
	}
}

// savedServer starts a test SMTP server that rejects gone@example.com,
// stopped when the test ends, and saves it as w's server.
func savedServer(t *testing.T, w *workspace.Workspace) *mailtest.Server {
	t.Helper()
	srv, err := mailtest.Start(mailtest.Config{Reject: []string{"gone@example.com"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	if err := w.Mail.SaveSettings(t.Context(), srv.Settings(), mailtest.DefaultPassword); err != nil {
		t.Fatal(err)
	}
	return srv
}

// checkMessage checks that data is an email with subject, addressed to to.
func checkMessage(t *testing.T, data []byte, subject string, to []string) {
	t.Helper()
	r, err := gomail.CreateReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("message does not parse: %v", err)
	}
	defer r.Close()
	gotSubject, err := r.Header.Subject()
	if err != nil || gotSubject != subject {
		t.Errorf("Subject = %q, %v; want %q", gotSubject, err, subject)
	}
	addrs, err := r.Header.AddressList("To")
	if err != nil || len(addrs) != len(to) {
		t.Fatalf("To = %v, %v; want %q", addrs, err, to)
	}
	for i, a := range addrs {
		if !strings.Contains(to[i], a.Address) {
			t.Errorf("To[%d] = %v, want %q", i, a, to[i])
		}
	}
	if _, err := r.NextPart(); err != nil {
		t.Errorf("message has no parts: %v", err)
	}
}

// checkAudit checks that the last "comms.send_test" event of the demo
// release contains want, or that there is none when want is empty, and
// that no event contains the SMTP password.
func checkAudit(t *testing.T, w *workspace.Workspace, want string) {
	t.Helper()
	events, err := w.Audit.List(t.Context(), domain.AuditFilter{Action: "comms.send_test"})
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case want == "" && len(events) != 0:
		t.Errorf("audit events %+v, want none", events)
	case want != "" && (len(events) != 1 || events[0].Release != demo.ReleaseKey || !strings.Contains(events[0].Summary, want)):
		t.Errorf("audit events %+v, want one for %s containing %q", events, demo.ReleaseKey, want)
	}
	for _, e := range events {
		if strings.Contains(e.Summary, mailtest.DefaultPassword) {
			t.Errorf("audit event %q contains the password", e.Summary)
		}
	}
}

func TestSendTestThroughOverride(t *testing.T) {
	tests := []struct {
		name     string
		password string // in mailer.SMTPPasswordEnv
		wantErr  string
	}{
		{name: "password from the environment", password: "desk"},
		{name: "no password in the environment", wantErr: "SMTP user \"rollout\" needs a password: set " + mailer.SMTPPasswordEnv},
		{name: "wrong password", password: "nope", wantErr: "rejected the username or password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			w := workspacetest.OpenDemo(t)
			if err := w.Comms.SetSender(ctx, "Checkout <checkout@example.com>"); err != nil {
				t.Fatal(err)
			}
			srv, err := mailtest.Start(mailtest.Config{Security: mailtest.Plaintext, Username: "rollout", Password: "desk"})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			t.Setenv(mailer.SMTPPasswordEnv, tt.password)
			s := srv.Settings()
			s.From = ""

			report, err := w.Mail.SendTest(ctx, demo.ReleaseKey, "GA", "ga-announcement", []string{"ana@example.com"}, &s)

			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || tt.password != "" && strings.Contains(err.Error(), tt.password) {
					t.Fatalf("SendTest error = %v, want one containing %q and no password", err, tt.wantErr)
				}
				return
			}
			got := srv.Deliveries()
			if err != nil || !report.Sent || len(got) != 1 || got[0].From != "checkout@example.com" {
				t.Fatalf("SendTest = %+v, %v; server got %+v; want one message from the comms sender", report, err, got)
			}
			checkMessage(t, got[0].Data, "New checkout is here for everyone", []string{"ana@example.com"})
		})
	}
}
