package mailer

import (
	"context"
	"errors"
	"fmt"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/secrets"
)

// SMTPPasswordEnv holds the SMTP password instead of the keyring: for the
// saved server it takes precedence over the keyring, and it is the only
// password a SendTest through an override server uses (the saved password
// never goes to a server other than the saved one).
const SMTPPasswordEnv = secrets.EnvSMTPPassword

// SendTest renders one email template of a release for a phase and sends
// it through the saved SMTP server (or through override when non-nil),
// reporting per recipient.
//
// Only an email template that applies to the phase can be sent; phase ""
// means the active phase, else the first. Each recipient should be an
// address, such as "Ana <ana@example.com>": one that is not is reported as
// mail.StatusInvalid with the reason, and the others still get the
// message, whose To header lists them. Only when none is an address is
// nothing sent. The envelope sender is the SMTP settings' From, else the
// emails' sender. The saved server's password comes from
// $ROLLOUTDESK_SMTP_PASSWORD (SMTPPasswordEnv) when it is set, else from the
// keyring; with override, the password for its username comes from that
// variable only, never from the keyring.
// Every attempt to send is audited as "comms.send_test" with each
// recipient's result, never with the password. The Report is returned as
// far as the exchange got, also with an error.
func (s *Service) SendTest(ctx context.Context, release, phase, template string, to []string, override *mail.Settings) (mail.Report, error) {
	rcpts, err := mail.CheckRecipients(to)
	if err != nil {
		return rcpts.Report(mail.Report{}), err
	}
	eml, phaseName, err := s.Emails.Email(ctx, release, phase, template)
	if err != nil {
		return mail.Report{}, err
	}
	return s.send(ctx, release, template, template+" for phase "+phaseName, eml, rcpts, override)
}

// SendNoticeTest sends drafted email notice id (see Notices) to test
// recipients as SendTest does, and marks the notice sent once the server
// accepted it for any recipient.
func (s *Service) SendNoticeTest(ctx context.Context, id int64, to []string, override *mail.Settings) (mail.Report, error) {
	rcpts, err := mail.CheckRecipients(to)
	if err != nil {
		return rcpts.Report(mail.Report{}), err
	}
	eml, release, err := s.Notices.NoticeEmail(ctx, id)
	if err != nil {
		return mail.Report{}, err
	}
	what := fmt.Sprintf("notice %d", id)
	report, err := s.send(ctx, release, what, what, eml, rcpts, override)
	if err != nil || !report.Sent {
		return report, err
	}
	return report, s.Notices.MarkNoticeSent(ctx, id)
}

// send addresses the message eml of what (a template, a notice) to the
// valid recipients and sends it through the test server, auditing the
// attempt, described as label, under release. The report lists every
// recipient given, the invalid ones too.
func (s *Service) send(ctx context.Context, release, what, label string, eml []byte, rcpts mail.Recipients,
	override *mail.Settings) (mail.Report, error) {
	eml, err := mail.Addressed(eml, rcpts.Valid)
	if err != nil {
		return mail.Report{}, fmt.Errorf("addressing test email %s: %w", what, err)
	}
	settings, password, err := s.testServer(ctx, override)
	if err != nil {
		return mail.Report{}, err
	}
	from := settings.From
	if from == "" {
		if from, err = s.Emails.Sender(ctx); err != nil {
			return mail.Report{}, err
		}
	}
	sent, sendErr := mail.Send(ctx, settings, password, from, rcpts.Addresses(), eml)
	report := rcpts.Report(sent)
	summary := fmt.Sprintf("Test email %s through %s: %s", label, settings.Server(), report.Summary())
	if sendErr != nil {
		summary += "; not sent: " + sendErr.Error()
		sendErr = fmt.Errorf("sending test email %s: %w", what, sendErr)
	}
	return report, errors.Join(sendErr, s.Audit.Record(ctx, "comms.send_test", release, summary))
}

// testServer is the SMTP server to send through and its password: override
// with the password from the environment, else the saved server with the
// password from the keyring.
func (s *Service) testServer(ctx context.Context, override *mail.Settings) (mail.Settings, string, error) {
	if override == nil {
		return s.savedServer(ctx, "no SMTP server is set up: add one in Settings → Email, or give a server to send through")
	}
	password := envPassword()
	if override.Username != "" && password == "" {
		return *override, "", fmt.Errorf("SMTP user %q needs a password: set %s", override.Username, SMTPPasswordEnv)
	}
	return *override, password, nil
}
