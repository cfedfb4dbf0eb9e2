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
	ErrNotFound = errors.New("no secret is stored; add it in Settings → Connections, or set " + bothEnvVars)
	// ErrNoKeyring means the system has no usable keyring.
	ErrNoKeyring = errors.New("no system keyring is available; set " + bothEnvVars + " instead")
	// ErrInvalid means a secret was rejected before it was stored (see
	// ValidateSecret and ValidateToken).
	ErrInvalid = errors.New("invalid secret")
)

// bothEnvVars names the override variables of every provider, for messages
// that do not know the provider.
const bothEnvVars = EnvLaunchDarkly + " / " + EnvSplit

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
		env := e.EnvVar
		if env == "" {
			env = bothEnvVars
		}
		return fmt.Sprintf("no token is stored for connection %q; add it in Settings → Connections, or set %s", name, env)
	}
	if name, ok := strings.CutPrefix(e.Account, smtpPrefix); ok {
		return fmt.Sprintf("no password is stored for SMTP server %q; add it in Settings", name)
	}
	return fmt.Sprintf("no secret is stored for %q", e.Account)
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
	// EnvVar is the environment variable to set instead, when the provider is
	// known (the Resolver sets it); empty names all of them.
	EnvVar string
	// reason says in plain words what is missing; set by classify.
	reason string
}

// Error says that there is no keyring and which environment variable to set,
// e.g. `no system keyring is available (no Secret Service such as GNOME
// Keyring or KWallet is running: The name org.freedesktop.secrets was not
// provided by any .service files); set LAUNCHDARKLY_API_TOKEN /
// SPLIT_ADMIN_API_KEY instead`.
func (e *NoKeyringError) Error() string {
	env := e.EnvVar
	if env == "" {
		env = bothEnvVars
	}
	cause := fmt.Sprint(e.Err)
	if e.reason != "" {
		cause = e.reason + ": " + cause
	}
	return fmt.Sprintf("no system keyring is available (%s); set %s instead", cause, env)
}

// Unwrap returns the keyring backend's error.
func (e *NoKeyringError) Unwrap() error { return e.Err }

// Is reports whether target is ErrNoKeyring.
func (e *NoKeyringError) Is(target error) bool { return target == ErrNoKeyring }

// NoKeyringHelp explains, for the CLI and the UI, what to do when an error
// matches ErrNoKeyring.
const NoKeyringHelp = `Rollout Desk keeps API tokens in the system keyring: Keychain on macOS, ` +
	`Credential Manager on Windows, and a Secret Service such as GNOME Keyring or KWallet on Linux. ` +
	`None is available here, which is common on headless Linux, in containers and in WSL. ` +
	`Set the token in the environment instead, before starting Rollout Desk: ` +
	EnvLaunchDarkly + ` for LaunchDarkly (an access token, api-…) and ` +
	EnvSplit + ` for Split (an admin API key or a Harness token). ` +
	`Each variable applies to every connection of its provider and takes precedence over the keyring.`

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
