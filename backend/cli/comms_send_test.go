package cli

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	gomail "github.com/emersion/go-message/mail"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/mail/mailtest"
	"rolloutdesk/backend/mailer"
	"rolloutdesk/backend/workspace"
)

// demoDir is a data directory with the demo loaded.
func demoDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, errOut := run(t, nil, "--data-dir", dir, "demo", "load"); code != 0 {
		t.Fatalf("demo load: %s", errOut)
	}
	return dir
}

func TestCommsSendTestThroughOverride(t *testing.T) {
	dir := demoDir(t)
	srv, err := mailtest.Start(mailtest.Config{Security: mailtest.Plaintext, Username: "rollout", Password: "desk", Reject: []string{"gone@example.com"}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	send := []string{"--data-dir", dir, "comms", "send-test", "new-checkout", "--phase", "Beta 5%", "--template", "beta-invitation"}
	smtp := []string{"--smtp", srv.Addr(), "--smtp-user", "rollout"}
	tests := []struct {
		name     string
		password string // in ROLLOUTDESK_SMTP_PASSWORD
		args     []string
		wantCode int
		wantOut  []string
		wantErr  string
		wantTo   []string // recipients of the message delivered; nil means none
	}{
		{
			name: "delivered", password: "desk",
			args:     append([]string{"--to", "ana@example.com,Ben <ben@example.com>"}, smtp...),
			wantOut:  []string{"RECIPIENT", "ana@example.com  accepted", "ben@example.com  accepted"},
			wantCode: 0, wantTo: []string{"ana@example.com", "ben@example.com"},
		},
		{
			name: "one recipient rejected", password: "desk",
			args:     append([]string{"--to", "gone@example.com", "--to", "ana@example.com"}, smtp...),
			wantOut:  []string{"gone@example.com  rejected: 550 5.1.1 No such user", "ana@example.com   accepted"},
			wantCode: 1, wantErr: "rolloutdesk: sent, but not to gone@example.com (550 5.1.1 No such user)\n",
			wantTo: []string{"ana@example.com"},
		},
		{
			name: "every recipient rejected", password: "desk",
			args:     append([]string{"--to", "gone@example.com"}, smtp...),
			wantOut:  []string{"gone@example.com  rejected: 550 5.1.1 No such user"},
			wantCode: 1, wantErr: "the server accepted none of the recipients",
		},
		{
			name:     "no password in the environment",
			args:     append([]string{"--to", "ana@example.com"}, smtp...),
			wantCode: 1, wantErr: "set ROLLOUTDESK_SMTP_PASSWORD",
		},
		{
			name: "wrong channel", password: "desk",
			args:     []string{"--template", "support-guide", "--to", "ana@example.com", "--smtp", srv.Addr()},
			wantCode: 1, wantErr: "template support-guide is for the support channel: only email templates can be sent",
		},
		{
			name: "not an address", password: "desk",
			args:     append([]string{"--to", "ana"}, smtp...),
			wantOut:  []string{"invalid: “ana” is not an email address: it has no @"},
			wantCode: 1, wantErr: "none of the recipients is an email address, so nothing was sent: “ana” is not an email address: it has no @",
		},
		{
			name: "a bad address does not stop the good one", password: "desk",
			args:     append([]string{"--to", "bob@", "--to", "ana@example.com"}, smtp...),
			wantOut:  []string{"bob@             invalid: “bob@” is not an email address: nothing comes after the @", "ana@example.com  accepted"},
			wantCode: 1, wantErr: "rolloutdesk: sent, but not to \"bob@\" (not an email address)\n",
			wantTo: []string{"ana@example.com"},
		},
		{
			name:     "bad server address",
			args:     []string{"--to", "ana@example.com", "--smtp", "localhost"},
			wantCode: 1, wantErr: `--smtp "localhost"`,
		},
		{
			name:     "user without a server",
			args:     []string{"--to", "ana@example.com", "--smtp-user", "rollout"},
			wantCode: 1, wantErr: "--smtp-user needs --smtp",
		},
	}
	delivered := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(mailer.SMTPPasswordEnv, tt.password)
			code, out, errOut := run(t, nil, append(slices.Clone(send), tt.args...)...)
			if code != tt.wantCode || !strings.Contains(errOut, tt.wantErr) || tt.wantErr == "" && errOut != "" {
				t.Fatalf("code %d stdout %q stderr %q; want %d, %q", code, out, errOut, tt.wantCode, tt.wantErr)
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(out, want) {
					t.Errorf("stdout %q lacks %q", out, want)
				}
			}
			got := srv.Deliveries()
			if tt.wantTo != nil {
				delivered++
			}
			if len(got) != delivered {
				t.Fatalf("server has %d messages, want %d", len(got), delivered)
			}
			if tt.wantTo != nil {
				last := got[len(got)-1]
				if !slices.Equal(last.To, tt.wantTo) {
					t.Errorf("delivered to %q, want %q", last.To, tt.wantTo)
				}
				checkSubject(t, last.Data, "You're invited: try New checkout before everyone else")
			}
		})
	}
}

// checkSubject checks that data parses as an email with subject.
func checkSubject(t *testing.T, data []byte, subject string) {
	t.Helper()
	r, err := gomail.CreateReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("message does not parse: %v", err)
	}
	defer r.Close()
	if got, err := r.Header.Subject(); err != nil || got != subject {
		t.Errorf("Subject = %q, %v; want %q", got, err, subject)
	}
}

func TestCommsSendTestThroughSavedServer(t *testing.T) {
	dir := demoDir(t)
	srv, err := mailtest.Start(mailtest.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	w, err := workspace.Open(t.Context(), workspace.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	// The keyring holds a stale password; $ROLLOUTDESK_SMTP_PASSWORD takes
	// precedence for the saved server, as Settings → Email says.
	err = w.Mail.SaveSettings(t.Context(), srv.Settings(), "stale-password")
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(mailer.SMTPPasswordEnv, mailtest.DefaultPassword)

	code, out, errOut := run(t, nil, "--data-dir", dir, "--json", "comms", "send-test", "new-checkout",
		"--phase", "GA", "--template", "ga-announcement", "--to", "ana@example.com")

	var report mail.Report
	if code != 0 || json.Unmarshal([]byte(out), &report) != nil || !report.Sent ||
		!slices.Equal(report.Recipients, []mail.RecipientResult{{Address: "ana@example.com", Accepted: true, Status: mail.StatusSent}}) {
		t.Fatalf("code %d stdout %q stderr %q; want the JSON report of one accepted recipient", code, out, errOut)
	}
	got := srv.Deliveries()
	if len(got) != 1 || !slices.Equal(srv.Auths(), []string{"PLAIN"}) {
		t.Fatalf("server got %d messages after logins %q, want one after PLAIN", len(got), srv.Auths())
	}
	checkSubject(t, got[0].Data, "New checkout is here for everyone")
}

func TestCommsSendTestRefuses(t *testing.T) {
	dir := demoDir(t)
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"flags missing", []string{"new-checkout"}, `required flag(s) "phase", "template", "to" not set`},
		{"unknown release", []string{"nope", "--phase", "GA", "--template", "ga-announcement", "--to", "ana@example.com"},
			"rolloutdesk plan list shows the releases"},
		{"no saved server", []string{"new-checkout", "--phase", "GA", "--template", "ga-announcement", "--to", "ana@example.com"},
			"no SMTP server is set up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, nil, append([]string{"--data-dir", dir, "comms", "send-test"}, tt.args...)...)
			if code != 1 || out != "" || !strings.Contains(errOut, tt.wantErr) {
				t.Fatalf("code %d stdout %q stderr %q; want 1 and %q", code, out, errOut, tt.wantErr)
			}
		})
	}
}

func TestSMTPOverride(t *testing.T) {
	tests := []struct {
		addr, user string
		want       *mail.Settings
		wantErr    string
	}{
		{"", "", nil, ""},
		{"localhost:1025", "", &mail.Settings{Host: "localhost", Port: 1025, Security: mail.SecurityNone}, ""},
		{"127.0.0.1:25", "me", &mail.Settings{Host: "127.0.0.1", Port: 25, Security: mail.SecurityNone, Username: "me"}, ""},
		{"[::1]:2525", "", &mail.Settings{Host: "::1", Port: 2525, Security: mail.SecurityNone}, ""},
		{"smtp.example.com:587", "me", &mail.Settings{Host: "smtp.example.com", Port: 587, Security: mail.SecurityStartTLS, Username: "me"}, ""},
		{"smtp.example.com", "", nil, "write HOST:PORT"},
		{"smtp.example.com:smtp", "", nil, `port "smtp" is not a number`},
		{"smtp.example.com:70000", "", nil, "from 1 to 65535"},
		{"", "me", nil, "--smtp-user needs --smtp"},
	}
	for _, tt := range tests {
		t.Run(tt.addr+"/"+tt.user, func(t *testing.T) {
			got, err := smtpOverride(tt.addr, tt.user)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
				t.Fatalf("smtpOverride = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}
