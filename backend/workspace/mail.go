package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/secrets"
)

// settingSMTP holds the SMTP settings as JSON. The password is never part
// of it: it is in the keyring under secrets.SMTPAccount(smtpName).
const (
	settingSMTP = "mail.smtp"
	smtpName    = "default"
)

// SMTPSettings returns the saved SMTP settings (zero when none are saved).
func (w *Workspace) SMTPSettings(ctx context.Context) (mail.Settings, error) {
	var s mail.Settings
	text, err := w.Store.Setting(ctx, settingSMTP)
	if err != nil {
		return s, fmt.Errorf("reading the SMTP settings: %w", err)
	}
	if text == "" {
		return s, nil
	}
	if err := json.Unmarshal([]byte(text), &s); err != nil {
		return s, fmt.Errorf("reading the SMTP settings: %w", err)
	}
	return s, nil
}

// SaveSMTPSettings validates and saves the SMTP settings. A non-empty
// password replaces the stored one in the keyring first, so nothing is
// saved when it cannot be stored; an empty one keeps the stored one. The
// password never reaches the database, the audit log or an error.
func (w *Workspace) SaveSMTPSettings(ctx context.Context, s mail.Settings, password string) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if password != "" {
		store, err := w.smtpSecrets()
		if err != nil {
			return err
		}
		if err := store.Set(secrets.SMTPAccount(smtpName), password); err != nil {
			return fmt.Errorf("storing the SMTP password: %w", err)
		}
	}
	text, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("encoding the SMTP settings: %w", err)
	}
	if err := w.Store.SetSetting(ctx, settingSMTP, string(text)); err != nil {
		return fmt.Errorf("saving the SMTP settings: %w", err)
	}
	summary := fmt.Sprintf("Saved SMTP settings for %s port %d (%s)", s.Host, s.Port, s.Security)
	if password != "" {
		summary += " with a new password"
	}
	return w.Audit(ctx, "mail.settings", "", summary)
}

// SendMail sends message, a complete RFC 5322 message, through the saved
// SMTP server to each recipient in to, with the password from the keyring,
// and reports the server's answer per recipient (see mail.Send).
func (w *Workspace) SendMail(ctx context.Context, message []byte, to []string) (mail.Report, error) {
	s, err := w.SMTPSettings(ctx)
	if err != nil {
		return mail.Report{}, err
	}
	if s.Host == "" {
		return mail.Report{}, errors.New("no SMTP server is set up: add one in Settings → Email")
	}
	var password string
	if s.Username != "" {
		store, err := w.smtpSecrets()
		if err != nil {
			return mail.Report{}, err
		}
		if password, err = mail.Password(store, smtpName); err != nil {
			return mail.Report{}, err
		}
	}
	return mail.Send(ctx, s, password, "", to, message)
}

// smtpSecrets is where the SMTP password is kept. A workspace whose secrets
// come from environment variables only has no such place.
func (w *Workspace) smtpSecrets() (secrets.Store, error) {
	if w.Secrets.Store == nil {
		return nil, fmt.Errorf("the SMTP password needs the system keyring: %w", secrets.ErrNoKeyring)
	}
	return w.Secrets.Store, nil
}
