// Package mailer sends the workspace's email, using backend/mail: it keeps
// the SMTP settings (the password in the keyring, never in the database)
// and sends test emails of rendered templates, auditing every attempt.
package mailer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/secrets"
)

// Store is the part of the workspace store the mailer uses.
type Store interface {
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// Emails renders the messages test sends deliver.
type Emails interface {
	// Email renders an email template for a phase of a release ("" the
	// active phase) as an RFC 5322 message, and names the phase.
	Email(ctx context.Context, release, phase, template string) ([]byte, string, error)
	// Sender is the From address of rendered emails.
	Sender(ctx context.Context) (string, error)
}

// Notices renders the drafted notices a test send delivers, and marks them
// sent.
type Notices interface {
	// NoticeEmail renders an email notice as an RFC 5322 message and names
	// its release.
	NoticeEmail(ctx context.Context, id int64) ([]byte, string, error)
	MarkNoticeSent(ctx context.Context, id int64) error
}

// Service keeps the SMTP settings and sends through them.
type Service struct {
	Store Store
	// Secrets keeps the SMTP password; nil means the workspace reads its
	// secrets from the environment only, and has no place for one.
	Secrets secrets.Store
	Emails  Emails
	Notices Notices
	Audit   *audit.Log
}

// settingSMTP holds the SMTP settings as JSON. The password is never part
// of it: it is in the keyring under secrets.SMTPAccount(smtpName).
const (
	settingSMTP = "mail.smtp"
	smtpName    = "default"
)

// Settings returns the saved SMTP settings (zero when none are saved).
func (s *Service) Settings(ctx context.Context) (mail.Settings, error) {
	var settings mail.Settings
	text, err := s.Store.Setting(ctx, settingSMTP)
	if err != nil {
		return settings, fmt.Errorf("reading the SMTP settings: %w", err)
	}
	if text == "" {
		return settings, nil
	}
	if err := json.Unmarshal([]byte(text), &settings); err != nil {
		return settings, fmt.Errorf("reading the SMTP settings: %w", err)
	}
	return settings, nil
}

// SaveSettings validates and saves the SMTP settings. A non-empty password
// replaces the stored one in the keyring first, so nothing is saved when it
// cannot be stored; an empty one keeps the stored one. The password never
// reaches the database, the audit log or an error.
func (s *Service) SaveSettings(ctx context.Context, settings mail.Settings, password string) error {
	if err := settings.Validate(); err != nil {
		return err
	}
	if password != "" {
		store, err := s.passwords()
		if err != nil {
			return err
		}
		if err := store.Set(secrets.SMTPAccount(smtpName), password); err != nil {
			return fmt.Errorf("storing the SMTP password: %w", err)
		}
	}
	text, err := json.Marshal(settings)
	if err != nil {
		return fmt.Errorf("encoding the SMTP settings: %w", err)
	}
	if err := s.Store.SetSetting(ctx, settingSMTP, string(text)); err != nil {
		return fmt.Errorf("saving the SMTP settings: %w", err)
	}
	summary := fmt.Sprintf("Saved SMTP settings for %s port %d (%s)", settings.Host, settings.Port, settings.Security)
	if password != "" {
		summary += " with a new password"
	}
	return s.Audit.Record(ctx, "mail.settings", "", summary)
}

// Send sends message, a complete RFC 5322 message, through the saved SMTP
// server to each recipient in to, with the password from
// $ROLLOUTDESK_SMTP_PASSWORD or else the keyring, and
// reports the server's answer per recipient (see mail.Send).
func (s *Service) Send(ctx context.Context, message []byte, to []string) (mail.Report, error) {
	settings, password, err := s.savedServer(ctx, "no SMTP server is set up: add one in Settings → Email")
	if err != nil {
		return mail.Report{}, err
	}
	return mail.Send(ctx, settings, password, "", to, message)
}

// savedServer is the saved SMTP server and its password from the keyring
// (none when it has no username); notSetUp is the error when there is no
// server.
func (s *Service) savedServer(ctx context.Context, notSetUp string) (mail.Settings, string, error) {
	settings, err := s.Settings(ctx)
	if err != nil {
		return settings, "", err
	}
	if settings.Host == "" {
		return settings, "", errors.New(notSetUp)
	}
	if settings.Username == "" {
		return settings, "", nil
	}
	if password := envPassword(); password != "" {
		return settings, password, nil
	}
	store, err := s.passwords()
	if err != nil {
		return settings, "", err
	}
	password, err := mail.Password(store, smtpName)
	return settings, password, err
}

// errNoKeyringStore is why a workspace without a secrets store has no place
// for the SMTP password.
var errNoKeyringStore = errors.New("the workspace reads its secrets from the environment only")

// passwords is where the SMTP password is kept.
func (s *Service) passwords() (secrets.Store, error) {
	if s.Secrets == nil {
		return nil, &secrets.NoKeyringError{Err: errNoKeyringStore, Account: secrets.SMTPAccount(smtpName)}
	}
	return s.Secrets, nil
}

// envPassword is the SMTP password from $ROLLOUTDESK_SMTP_PASSWORD, ""
// when unset.
func envPassword() string { return os.Getenv(SMTPPasswordEnv) }
