package secrets

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Sentinel errors. Match them with errors.Is; the errors returned carry more
// detail (NotFoundError, NoKeyringError, ValidateSecret's reasons).
var (
	// ErrNotFound means no secret is stored for the account.
	ErrNotFound = errors.New("no secret is stored; add it in Settings, or " + EnvAdvice("", ""))
	// ErrNoKeyring means the system has no usable keyring.
	ErrNoKeyring = errors.New("no system keyring is available; " + EnvAdvice("", "") + " instead")
	// ErrInvalid means a secret was rejected before it was stored (see
	// ValidateSecret and ValidateToken).
	ErrInvalid = errors.New("invalid secret")
)

// allEnvVars names the override variables of every secret, for messages
// that do not know which secret failed.
const allEnvVars = EnvLaunchDarkly + " / " + EnvSplit + " / " + EnvSMTPPassword

// bothEnvVars names the override variables of every provider, for messages
// about a connection token whose provider is not known.
const bothEnvVars = EnvLaunchDarkly + " / " + EnvSplit

// EnvVarFor is the environment variable that supplies the secret of
// account instead of the keyring: ROLLOUTDESK_SMTP_PASSWORD for an SMTP
// password, the provider's for a connection token (both providers' when
// providerName is ""), and every one of them when account is "".
func EnvVarFor(account, providerName string) string {
	switch {
	case strings.HasPrefix(account, smtpPrefix):
		return EnvSMTPPassword
	case strings.HasPrefix(account, connectionPrefix):
		if env := EnvVar(providerName); env != "" {
			return env
		}
		return bothEnvVars
	}
	return allEnvVars
}

// EnvAdvice tells how to supply the secret of account without the keyring,
// e.g. "set ROLLOUTDESK_SMTP_PASSWORD" (in the environment, before Rollout
// Desk starts; NoKeyringHelp says more). Every keyring error names its
// secret's variable through it.
func EnvAdvice(account, providerName string) string {
	return "set " + EnvVarFor(account, providerName)
}

// NotFoundError is returned when no secret is stored for Account. It matches
// ErrNotFound. Its message names what the secret is for and how to add it.
type NotFoundError struct {
	// Account is the account looked up, e.g. "connection/prod".
	Account string
	// EnvVar is the environment variable that would also supply the secret,
	// when known (the Resolver sets it); empty means "name them all" for a
	// connection token and "none" for other secrets.
	EnvVar string
}

// Error says what is missing and where to add it, e.g. `no token is stored
// for connection "prod"; add it in Settings → Connections, or set
// LAUNCHDARKLY_API_TOKEN`.
func (e *NotFoundError) Error() string {
	if name, ok := strings.CutPrefix(e.Account, connectionPrefix); ok {
		return fmt.Sprintf("no token is stored for connection %q; add it in Settings → Connections, or %s", name, advice(e.Account, e.EnvVar))
	}
	if _, ok := strings.CutPrefix(e.Account, smtpPrefix); ok {
		return fmt.Sprintf("no SMTP password is stored; add it in Settings → Email, or %s", advice(e.Account, e.EnvVar))
	}
	return fmt.Sprintf("no secret is stored for %q", e.Account)
}

// advice is EnvAdvice for account, or the advice to set env when the caller
// knows the variable (the Resolver, which knows the provider).
func advice(account, env string) string {
	if env != "" {
		return "set " + env
	}
	return EnvAdvice(account, "")
}

// Is reports whether target is ErrNotFound.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// NoKeyringError is returned when the system has no usable keyring: no
// Secret Service daemon or no D-Bus session bus (headless Linux, containers,
// WSL), or an unsupported platform. It matches ErrNoKeyring; Unwrap gives the
// keyring backend's error.
type NoKeyringError struct {
	// Err is the keyring backend's error.
	Err error
	// Account is the secret's account; its environment variable is named
	// in the message (see EnvVarFor). "" names all of them.
	Account string
	// EnvVar is the environment variable to set instead, when the caller
	// knows it better than Account does (the Resolver, which knows the
	// provider); empty means EnvVarFor(Account, "").
	EnvVar string
	// reason says in plain words what is missing; set by classify.
	reason string
}

// Error says that there is no keyring and which environment variable to set,
// e.g. `no system keyring is available (no Secret Service such as GNOME
// Keyring or KWallet is running: The name org.freedesktop.secrets was not
// provided by any .service files); set ROLLOUTDESK_SMTP_PASSWORD instead`.
func (e *NoKeyringError) Error() string {
	cause := fmt.Sprint(e.Err)
	if e.reason != "" {
		cause = e.reason + ": " + cause
	}
	return fmt.Sprintf("no system keyring is available (%s); %s instead", cause, advice(e.Account, e.EnvVar))
}

// Unwrap returns the keyring backend's error.
func (e *NoKeyringError) Unwrap() error { return e.Err }

// Is reports whether target is ErrNoKeyring.
func (e *NoKeyringError) Is(target error) bool { return target == ErrNoKeyring }

// NoKeyringHelp explains, for the CLI and the UI, what to do when an error
// matches ErrNoKeyring.
const NoKeyringHelp = `Rollout Desk keeps API tokens and the SMTP password in the system keyring: Keychain on macOS, ` +
	`Credential Manager on Windows, and a Secret Service such as GNOME Keyring or KWallet on Linux. ` +
	`None is available here, which is common on headless Linux, in containers and in WSL. ` +
	`Set them in the environment instead, before starting Rollout Desk: ` +
	EnvLaunchDarkly + ` for LaunchDarkly (an access token, api-…) and ` +
	EnvSplit + ` for Split (an admin API key or a Harness token), and ` +
	EnvSMTPPassword + ` for the SMTP password of Settings → Email. ` +
	`Each token variable applies to every connection of its provider; every variable takes precedence over the keyring.`

// redactedError stands in for an error whose text contained a secret: it
// keeps the redacted text and still matches the sentinels the original did.
type redactedError struct {
	msg   string
	kinds []error
}

func (e *redactedError) Error() string        { return e.msg }
func (e *redactedError) Is(target error) bool { return slices.Contains(e.kinds, target) }

// scrub returns err unchanged unless its text contains secret; then it
// returns a redactedError in its place, dropping the chain that held it.
func scrub(err error, secret string) error {
	if err == nil || secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	var kinds []error
	for _, kind := range []error{ErrNotFound, ErrNoKeyring, ErrInvalid} {
		if errors.Is(err, kind) {
			kinds = append(kinds, kind)
		}
	}
	return &redactedError{msg: Redact(err.Error(), secret), kinds: kinds}
}
