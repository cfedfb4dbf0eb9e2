package mailer

import (
	"context"
	"errors"
	"fmt"
	"os"

	gomail "github.com/emersion/go-message/mail"

	"rolloutdesk/backend/mail"
)

// SMTPPasswordEnv holds the password for a SendTest through an override
// server that has a username. The saved password never goes to a server
// other than the saved one.
const SMTPPasswordEnv = "ROLLOUTDESK_SMTP_PASSWORD"

// SendTest renders one email template of a release for a phase and sends
// it through the saved SMTP server (or through override when non-nil),
// reporting per recipient.
//
// Only an email template that applies to the phase can be sent; phase ""
// means the active phase, else the first. Every recipient must be an
// address, such as "Ana <ana@example.com>"; the message's To header lists
// them all. The envelope sender is the SMTP settings' From, else the
// emails' sender. With override, the password for its username comes from
// $ROLLOUTDESK_SMTP_PASSWORD (SMTPPasswordEnv), never from the keyring.
// Every attempt to send is audited as "comms.send_test" with each
// recipient's result, never with the password. The Report is returned as
// far as the exchange got, also with an error.
func (s *Service) SendTest(ctx context.Context, release, phase, template string, to []string, override *mail.Settings) (mail.Report, error) {
	addrs, err := mail.ParseRecipients(to)
	if err != nil {
		return mail.Report{}, err
	}
	eml, phaseName, err := s.Emails.Email(ctx, release, phase, template)
	if err != nil {
		return mail.Report{}, err
	}
	return s.send(ctx, release, template, template+" for phase "+phaseName, eml, addrs, to, override)
}

// SendNoticeTest sends drafted email notice id (see Notices) to test
// recipients as SendTest does, and marks the notice sent once the server
// accepted it for any recipient.
func (s *Service) SendNoticeTest(ctx context.Context, id int64, to []string, override *mail.Settings) (mail.Report, error) {
	addrs, err := mail.ParseRecipients(to)
	if err != nil {
		return mail.Report{}, err
	}
	eml, release, err := s.Notices.NoticeEmail(ctx, id)
	if err != nil {
		return mail.Report{}, err
	}
	what := fmt.Sprintf("notice %d", id)
	report, err := s.send(ctx, release, what, what, eml, addrs, to, override)
	if err != nil || !report.Sent {
		return report, err
	}
	return report, s.Notices.MarkNoticeSent(ctx, id)
}

// send addresses the message eml of what (a template, a notice) to the
// recipients and sends it through the test server, auditing the attempt,
// described as label, under release.
func (s *Service) send(ctx context.Context, release, what, label string, eml []byte, addrs []*gomail.Address, to []string,
	override *mail.Settings) (mail.Report, error) {
	eml, err := mail.Addressed(eml, addrs)
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
	report, sendErr := mail.Send(ctx, settings, password, from, to, eml)
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
	password := os.Getenv(SMTPPasswordEnv)
	if override.Username != "" && password == "" {
		return *override, "", fmt.Errorf("SMTP user %q needs a password: set %s", override.Username, SMTPPasswordEnv)
	}
	return *override, password, nil
}
