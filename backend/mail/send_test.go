package mail_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/mail/mailtest"
)

// refused550 is what a person reads for a recipient the test server rejects.
const refused550 = "the server refused this address (550 5.1.1 No such user): check it for typos, or ask the mail administrator"

const testMessage = "From: releases@example.com\r\nTo: ana@example.com\r\nSubject: Test\r\n\r\nHello from Rollout Desk.\r\n"

// startServer starts a mailtest server and stops it when the test ends.
func startServer(t *testing.T, cfg mailtest.Config) *mailtest.Server {
	t.Helper()
	srv, err := mailtest.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv
}

func TestSend(t *testing.T) {
	tests := []struct {
		name     string
		server   mailtest.Config
		settings func(*mail.Settings)
		to       []string
		password string // mailtest.DefaultPassword when empty
		noServer bool   // the settings point at no test server

		wantErr       error  // matched with errors.Is; nil means success
		wantErrText   string // contained in the error
		wantAuths     []string
		wantDelivered []string // recipients of the one message delivered; nil means none
		wantReport    []mail.RecipientResult
	}{
		{
			name:          "STARTTLS and PLAIN",
			server:        mailtest.Config{Security: mailtest.StartTLS},
			to:            []string{"ana@example.com", "Ben <ben@example.com>"},
			wantAuths:     []string{"PLAIN"},
			wantDelivered: []string{"ana@example.com", "ben@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}, {Address: "ben@example.com", Accepted: true, Status: mail.StatusSent}},
		},
		{
			name:          "implicit TLS and LOGIN",
			server:        mailtest.Config{Security: mailtest.ImplicitTLS},
			settings:      func(s *mail.Settings) { s.AuthMethod = mail.AuthLogin },
			to:            []string{"ana@example.com"},
			wantAuths:     []string{"LOGIN"},
			wantDelivered: []string{"ana@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}},
		},
		{
			name:          "automatic method falls back to LOGIN",
			server:        mailtest.Config{Mechanisms: []string{"LOGIN"}},
			to:            []string{"ana@example.com"},
			wantAuths:     []string{"LOGIN"},
			wantDelivered: []string{"ana@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}},
		},
		{
			name:        "method the server does not offer",
			server:      mailtest.Config{Mechanisms: []string{"LOGIN"}},
			settings:    func(s *mail.Settings) { s.AuthMethod = mail.AuthPlain },
			to:          []string{"ana@example.com"},
			wantErrText: "the server offers AUTH LOGIN but not PLAIN",
		},
		{
			name:        "wrong password",
			to:          []string{"ana@example.com"},
			password:    "not-the-password",
			wantErr:     mail.ErrAuthRejected,
			wantErrText: "the server rejected the username or password (535 5.7.8 Authentication failed)",
			wantAuths:   []string{"PLAIN"},
		},
		{
			name:        "a server that echoes the password",
			server:      mailtest.Config{Security: mailtest.ImplicitTLS, EchoPassword: true},
			to:          []string{"ana@example.com"},
			password:    "hunter2-echoed",
			wantErr:     mail.ErrAuthRejected,
			wantErrText: "wrong password [redacted]",
			wantAuths:   []string{"PLAIN"},
		},
		{
			name:        "no STARTTLS offered, though plaintext AUTH is",
			server:      mailtest.Config{Security: mailtest.Plaintext},
			settings:    func(s *mail.Settings) { s.Security = mail.SecurityStartTLS },
			to:          []string{"ana@example.com"},
			wantErr:     mail.ErrNoStartTLS,
			wantErrText: "server does not offer STARTTLS; Rollout Desk never falls back to plaintext",
		},
		{
			name:        "self-signed certificate not trusted",
			settings:    func(s *mail.Settings) { s.InsecureSkipVerify = false },
			to:          []string{"ana@example.com"},
			wantErr:     mail.ErrUntrustedCertificate,
			wantErrText: "InsecureSkipVerify",
		},
		{
			name:        "implicit TLS to a plaintext server",
			server:      mailtest.Config{Security: mailtest.NoStartTLS},
			settings:    func(s *mail.Settings) { s.Security = mail.SecurityTLS },
			to:          []string{"ana@example.com"},
			wantErrText: `did not answer in TLS: if it expects STARTTLS (usually port 587), choose security "starttls"`,
		},
		{
			name:        "plaintext login to a remote host is refused before dialling",
			settings:    func(s *mail.Settings) { s.Host, s.Port, s.Security = "192.0.2.1", 25, mail.SecurityNone },
			to:          []string{"ana@example.com"},
			noServer:    true,
			wantErr:     mail.ErrInsecureAuth,
			wantErrText: "refusing to send the password over an unencrypted connection to 192.0.2.1",
		},
		{
			name:          "plaintext login to 127.0.0.1",
			server:        mailtest.Config{Security: mailtest.Plaintext},
			to:            []string{"ana@example.com"},
			wantAuths:     []string{"PLAIN"},
			wantDelivered: []string{"ana@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}},
		},
		{
			name:          "plaintext without login to a server that offers no AUTH",
			server:        mailtest.Config{Security: mailtest.NoStartTLS},
			to:            []string{"ana@example.com"},
			wantDelivered: []string{"ana@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}},
		},
		{
			name:          "no username, no login",
			settings:      func(s *mail.Settings) { s.Username = "" },
			to:            []string{"ana@example.com"},
			wantDelivered: []string{"ana@example.com"},
			wantReport:    []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}},
		},
		{
			name:          "one recipient rejected",
			server:        mailtest.Config{Reject: []string{"gone@example.com"}},
			to:            []string{"gone@example.com", "ana@example.com"},
			wantAuths:     []string{"PLAIN"},
			wantDelivered: []string{"ana@example.com"},
			wantReport: []mail.RecipientResult{
				{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user", Status: mail.StatusRefused, Reason: refused550},
				{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent},
			},
		},
		{
			name:        "message refused after DATA",
			server:      mailtest.Config{RejectData: true},
			to:          []string{"ana@example.com"},
			wantErrText: "finishing DATA: the server replied 554 5.6.0 Message rejected",
			wantAuths:   []string{"PLAIN"},
			wantReport: []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusNotSent,
				Reason: "the server took this address, but the message did not go out (see the error)"}},
		},
		{
			name:        "every recipient rejected",
			server:      mailtest.Config{Reject: []string{"gone@example.com", "left@example.com"}},
			to:          []string{"gone@example.com", "left@example.com"},
			wantErr:     mail.ErrNoRecipientAccepted,
			wantErrText: "<gone@example.com>: 550 5.1.1 No such user; <left@example.com>: 550 5.1.1 No such user",
			wantAuths:   []string{"PLAIN"},
			wantReport: []mail.RecipientResult{
				{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user", Status: mail.StatusRefused, Reason: refused550},
				{Address: "left@example.com", Code: 550, Message: "5.1.1 No such user", Status: mail.StatusRefused, Reason: refused550},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mail.Settings{Username: mailtest.DefaultUsername, From: mailtest.From}
			var srv *mailtest.Server
			if !tt.noServer {
				srv = startServer(t, tt.server)
				s = srv.Settings()
			}
			if tt.settings != nil {
				tt.settings(&s)
			}
			password := tt.password
			if password == "" {
				password = mailtest.DefaultPassword
			}

			report, err := mail.Send(t.Context(), s, password, "", tt.to, []byte(testMessage))

			if tt.wantErr == nil && tt.wantErrText == "" {
				if err != nil {
					t.Fatalf("Send: %v", err)
				}
				if !report.Sent {
					t.Error("Report.Sent = false, want true")
				}
			} else {
				if err == nil {
					t.Fatal("Send succeeded, want an error")
				}
				t.Logf("error: %v", err)
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("error %q does not match %q", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErrText) {
					t.Errorf("error %q does not contain %q", err, tt.wantErrText)
				}
				if strings.Contains(err.Error(), password) {
					t.Errorf("error %q contains the password", err)
				}
				if report.Sent {
					t.Error("Report.Sent = true after an error")
				}
			}
			if !slices.Equal(report.Recipients, tt.wantReport) {
				t.Errorf("Report.Recipients = %+v, want %+v", report.Recipients, tt.wantReport)
			}
			if srv == nil {
				return
			}
			if auths := srv.Auths(); !slices.Equal(auths, tt.wantAuths) {
				t.Errorf("server saw AUTH %q, want %q", auths, tt.wantAuths)
			}
			checkDelivered(t, srv.Deliveries(), tt.wantDelivered)
		})
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
	if len(got) != 1 {
		t.Fatalf("server got %d messages, want 1", len(got))
	}
	if got[0].From != "releases@example.com" || !slices.Equal(got[0].To, want) || string(got[0].Data) != testMessage {
		t.Errorf("server got %+v, want the test message from releases@example.com to %q", got[0], want)
	}
}

func TestSendRefusesPlaintextLoginBeforeDialling(t *testing.T) {
	// A cancelled context makes any dial fail at once, so an error other
	// than ErrInsecureAuth would mean Send got as far as dialling.
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	s := mail.Settings{Host: "192.0.2.1", Port: 25, Security: mail.SecurityNone, Username: mailtest.DefaultUsername, From: "releases@example.com"}
	_, err := mail.Send(ctx, s, mailtest.DefaultPassword, "", []string{"ana@example.com"}, []byte(testMessage))
	if !errors.Is(err, mail.ErrInsecureAuth) || errors.Is(err, context.Canceled) {
		t.Fatalf("Send = %v, want ErrInsecureAuth before any dial", err)
	}
}

func TestSendStops(t *testing.T) {
	tests := []struct {
		name     string
		timeout  time.Duration
		cancel   bool
		wantErr  error
		wantText string
	}{
		{name: "caller cancels", cancel: true, wantErr: context.Canceled, wantText: "stopped: context canceled"},
		{name: "timeout", timeout: 50 * time.Millisecond, wantErr: context.DeadlineExceeded, wantText: "did not finish within 50ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			release := make(chan struct{})
			srv := startServer(t, mailtest.Config{OnMail: func() {
				if tt.cancel {
					cancel()
				}
				<-release // the server hangs after MAIL FROM until the test ends
			}})
			t.Cleanup(func() { close(release) })
			s := srv.Settings()
			s.Timeout = tt.timeout

			report, err := mail.Send(ctx, s, mailtest.DefaultPassword, "", []string{"ana@example.com"}, []byte(testMessage))
			if !errors.Is(err, tt.wantErr) || !strings.Contains(fmt.Sprint(err), tt.wantText) {
				t.Fatalf("Send = %v, want %v containing %q", err, tt.wantErr, tt.wantText)
			}
			if report.Sent || len(report.Recipients) != 0 {
				t.Errorf("Report = %+v, want nothing sent", report)
			}
		})
	}
}
