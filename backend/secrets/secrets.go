// Package secrets keeps Rollout Desk's secrets: the API tokens of provider
// connections (LaunchDarkly access tokens, Split admin API keys or Harness
// tokens) and SMTP passwords.
//
// Secrets live in the OS keyring (Keychain on macOS, Credential Manager on
// Windows, a Secret Service such as GNOME Keyring or KWallet on Linux), one
// entry per account under the service name "rolloutdesk". They are never
// written to SQLite, logs, errors or exports: other packages keep only the
// account name and ask a Store, or a Resolver, for the value when they need it.
//
// For the CLI and CI, the environment variables LAUNCHDARKLY_API_TOKEN and
// SPLIT_ADMIN_API_KEY override the keyring (see Resolver), and
// ROLLOUTDESK_SMTP_PASSWORD the SMTP password (see backend/mailer). Where no
// keyring exists, as on headless Linux or WSL, operations fail with an error
// that matches ErrNoKeyring and names the variable of the secret at hand
// (EnvVarFor, EnvAdvice).
package secrets

import (
	"slices"
	"strings"
)

// Store reads and writes secrets by account name (see ConnectionAccount and
// SMTPAccount). Get reports a missing secret with an error matching
// ErrNotFound, and a missing keyring with one matching ErrNoKeyring. Set
// rejects values that fail ValidateSecret. Delete of a missing secret is not
// an error. No error contains a secret value.
type Store interface {
	Get(account string) (string, error)
	Set(account, secret string) error
	Delete(account string) error
}

// Account name prefixes; see ConnectionAccount and SMTPAccount.
const (
	connectionPrefix = "connection/"
	smtpPrefix       = "smtp/"
)

// ConnectionAccount is the account under which the API token of the provider
// connection with the given name is stored: "connection/<name>".
func ConnectionAccount(name string) string { return connectionPrefix + name }

// SMTPAccount is the account under which the password of the SMTP server
// configuration with the given name is stored: "smtp/<name>".
func SMTPAccount(name string) string { return smtpPrefix + name }

// Redact returns s with every non-empty secret replaced by "[redacted]", for
// text that goes into an error or a log line. Longer secrets are replaced
// first, so a secret that contains another is hidden whole.
func Redact(s string, secrets ...string) string {
	sorted := make([]string, 0, len(secrets))
	for _, secret := range secrets {
		if secret != "" {
			sorted = append(sorted, secret)
		}
	}
	slices.SortStableFunc(sorted, func(a, b string) int { return len(b) - len(a) })
	for _, secret := range sorted {
		s = strings.ReplaceAll(s, secret, "[redacted]")
	}
	return s
}
