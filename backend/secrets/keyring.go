package secrets

import (
	"errors"
	"fmt"
	"net"
	"os/exec"
	"runtime"
	"strings"
	"syscall"

	"github.com/godbus/dbus/v5"
	"github.com/zalando/go-keyring"
)

// Service is the keyring service name under which every Rollout Desk secret
// is stored.
const Service = "rolloutdesk"

// Keyring is the Store over the OS keyring (github.com/zalando/go-keyring),
// with every account under Service. The zero value is ready to use. Tests
// replace the OS keyring with keyring.MockInit or use Memory instead.
type Keyring struct{}

var _ Store = Keyring{}

// Get returns the secret stored for account. A missing secret is a
// *NotFoundError, a missing keyring a *NoKeyringError.
func (Keyring) Get(account string) (string, error) {
	secret, err := keyring.Get(Service, account)
	if err != nil {
		return "", keyringError("read", account, err)
	}
	return secret, nil
}

// Set stores secret for account, replacing any previous one, after checking
// it with ValidateSecret. A missing keyring is a *NoKeyringError. The error
// never contains secret, even when the backend's would.
func (Keyring) Set(account, secret string) error {
	if err := ValidateSecret(secret); err != nil {
		return err
	}
	if err := keyring.Set(Service, account, secret); err != nil {
		return scrub(keyringError("store", account, err), secret)
	}
	return nil
}

// Delete removes the secret stored for account; a secret that is not there
// is not an error. A missing keyring is a *NoKeyringError.
func (Keyring) Delete(account string) error {
	err := keyring.Delete(Service, account)
	if err == nil || errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	return keyringError("delete", account, err)
}

// keyringError turns a go-keyring error into this package's errors.
func keyringError(op, account string, err error) error {
	if errors.Is(err, keyring.ErrNotFound) {
		return &NotFoundError{Account: account}
	}
	if reason, ok := classify(err); ok {
		return &NoKeyringError{Err: err, Account: account, reason: reason}
	}
	return fmt.Errorf("%s %q in the system keyring: %w", op, account, err)
}

// errorLogonSession is Windows' ERROR_NO_SUCH_LOGON_SESSION: the process has
// no user logon session and so no Credential Manager (services, some SSH
// sessions).
const errorLogonSession = syscall.Errno(1312)

// classify reports whether err from go-keyring means that the system has no
// usable keyring, with the reason in plain words. It is conservative: only
// errors that cannot come from a working keyring count (no D-Bus session bus,
// no Secret Service on it, an unsupported platform); a locked collection, a
// dismissed prompt or a timeout do not.
func classify(err error) (string, bool) {
	const noBus = "no D-Bus session bus is reachable"
	var (
		dbusErr dbus.Error
		opErr   *net.OpError
		exitErr *exec.ExitError
	)
	switch {
	case errors.Is(err, keyring.ErrUnsupportedPlatform):
		return "", true
	case errors.As(err, &dbusErr):
		switch {
		case dbusErr.Name == "org.freedesktop.DBus.Error.ServiceUnknown",
			dbusErr.Name == "org.freedesktop.DBus.Error.NameHasNoOwner",
			strings.HasPrefix(dbusErr.Name, "org.freedesktop.DBus.Error.Spawn."):
			return "no Secret Service such as GNOME Keyring or KWallet is running", true
		}
		return "", false
	case runtime.GOOS == "darwin":
		// The keychain is reached through /usr/bin/security.
		if errors.Is(err, exec.ErrNotFound) {
			return "the macOS security tool is missing", true
		}
		return "", false
	case runtime.GOOS == "windows":
		if errors.Is(err, errorLogonSession) {
			return "this process has no Windows logon session", true
		}
		return "", false
	// Linux and the BSDs go through D-Bus. Without a session bus address,
	// godbus runs dbus-launch: missing or failing, there is no session bus.
	case errors.Is(err, exec.ErrNotFound), errors.As(err, &exitErr):
		return noBus + " (dbus-launch could not start one)", true
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return noBus, true
	}
	switch err.Error() {
	case "dbus: couldn't determine address of session bus", "dbus: authentication failed":
		return noBus, true
	}
	return "", false
}
