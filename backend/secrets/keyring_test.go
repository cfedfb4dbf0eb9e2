package secrets

import (
	"errors"
	"fmt"
	"net"
	"os/exec"
	"reflect"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/godbus/dbus/v5"
	"github.com/zalando/go-keyring"
)

const secret = "api-test-only-secret"

// mockKeyring gives the test a fresh in-memory keyring, failing every call
// with err when err is not nil, and a fresh empty one again afterwards.
func mockKeyring(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		keyring.MockInitWithError(err)
	} else {
		keyring.MockInit()
	}
	t.Cleanup(keyring.MockInit)
}

func TestKeyringRoundTrip(t *testing.T) {
	mockKeyring(t, nil)
	var k Keyring
	account := ConnectionAccount("prod")
	if err := k.Set(account, secret); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if got, err := k.Get(account); err != nil || got != secret {
		t.Fatalf("Get = %q, %v; want the secret", got, err)
	}
	if got, err := keyring.Get(Service, account); err != nil || got != secret {
		t.Fatalf("stored under service %q: %q, %v", Service, got, err)
	}
	if err := k.Delete(account); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if err := k.Delete(account); err != nil {
		t.Fatalf("Delete of a missing secret: %v", err)
	}
	if _, err := k.Get(account); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete: %v, want ErrNotFound", err)
	}
}

func TestKeyringNotFound(t *testing.T) {
	mockKeyring(t, nil)
	tests := []struct {
		account string
		want    string
	}{
		{ConnectionAccount("prod"), `no token is stored for connection "prod"; add it in Settings → Connections, or set LAUNCHDARKLY_API_TOKEN / SPLIT_ADMIN_API_KEY`},
		{SMTPAccount("office"), `no SMTP password is stored; add it in Settings → Email, or set ROLLOUTDESK_SMTP_PASSWORD`},
		{"other", `no secret is stored for "other"`},
	}
	for _, tt := range tests {
		_, err := Keyring{}.Get(tt.account)
		var nf *NotFoundError
		if !errors.Is(err, ErrNotFound) || !errors.As(err, &nf) || nf.Account != tt.account {
			t.Errorf("Get(%q) = %v, want a *NotFoundError", tt.account, err)
		}
		if err == nil || err.Error() != tt.want {
			t.Errorf("Get(%q) error = %q, want %q", tt.account, err, tt.want)
		}
	}
}

func TestKeyringSetRejectsInvalid(t *testing.T) {
	mockKeyring(t, nil)
	for _, value := range []string{"", secret + "\n", " " + secret} {
		err := Keyring{}.Set(ConnectionAccount("prod"), value)
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("Set(%q) = %v, want ErrInvalid", value, err)
		}
		if _, err := keyring.Get(Service, ConnectionAccount("prod")); !errors.Is(err, keyring.ErrNotFound) {
			t.Errorf("Set(%q) stored the value anyway", value)
		}
	}
}

// Linux: the errors go-keyring returns when there is no usable keyring.
var (
	errNoSecretService = dbus.Error{
		Name: "org.freedesktop.DBus.Error.ServiceUnknown",
		Body: []any{"The name org.freedesktop.secrets was not provided by any .service files"},
	}
	errNoDBusLaunch = &exec.Error{Name: "dbus-launch", Err: exec.ErrNotFound}
	errBusGone      = &net.OpError{Op: "dial", Net: "unix", Err: syscall.ENOENT}
)

func TestClassify(t *testing.T) {
	linux := runtime.GOOS == "linux"
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"unsupported platform", keyring.ErrUnsupportedPlatform, true},
		{"no Secret Service", errNoSecretService, true},
		{"no owner", dbus.Error{Name: "org.freedesktop.DBus.Error.NameHasNoOwner"}, true},
		{"activation failed", dbus.Error{Name: "org.freedesktop.DBus.Error.Spawn.ChildExited"}, true},
		{"no dbus-launch", errNoDBusLaunch, linux},
		{"dbus-launch failed", &exec.ExitError{}, linux},
		{"stale bus socket", errBusGone, linux},
		{"no bus address", errors.New("dbus: couldn't determine address of session bus"), linux},
		{"bus authentication", errors.New("dbus: authentication failed"), linux},
		{"locked collection", dbus.Error{Name: "org.freedesktop.Secret.Error.IsLocked"}, false},
		{"no reply", dbus.Error{Name: "org.freedesktop.DBus.Error.NoReply"}, false},
		{"unlock failed", errors.New("failed to unlock correct collection '/org/freedesktop/secrets/aliases/default'"), false},
		{"too big", keyring.ErrSetDataTooBig, false},
		{"read from an open bus", &net.OpError{Op: "read", Net: "unix", Err: syscall.ECONNRESET}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := classify(tt.err); got != tt.want {
				t.Errorf("classify(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

func TestKeyringNoKeyring(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the errors below are Linux's")
	}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"no Secret Service", errNoSecretService, "no system keyring is available (no Secret Service such as GNOME Keyring or KWallet is running: The name org.freedesktop.secrets was not provided by any .service files); set LAUNCHDARKLY_API_TOKEN / SPLIT_ADMIN_API_KEY instead"},
		{"no dbus-launch", errNoDBusLaunch, `no system keyring is available (no D-Bus session bus is reachable (dbus-launch could not start one): exec: "dbus-launch": executable file not found in $PATH); set LAUNCHDARKLY_API_TOKEN / SPLIT_ADMIN_API_KEY instead`},
		{"stale bus socket", errBusGone, "no system keyring is available (no D-Bus session bus is reachable: dial unix: no such file or directory); set LAUNCHDARKLY_API_TOKEN / SPLIT_ADMIN_API_KEY instead"},
		{"unsupported platform", keyring.ErrUnsupportedPlatform, "no system keyring is available (unsupported platform: " + runtime.GOOS + "); set LAUNCHDARKLY_API_TOKEN / SPLIT_ADMIN_API_KEY instead"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mockKeyring(t, tt.err)
			k := Keyring{}
			_, getErr := k.Get(ConnectionAccount("prod"))
			for op, err := range map[string]error{
				"Get":    getErr,
				"Set":    k.Set(ConnectionAccount("prod"), secret),
				"Delete": k.Delete(ConnectionAccount("prod")),
			} {
				// errors.Is cannot compare dbus.Error (it holds a slice).
				var nk *NoKeyringError
				if !errors.Is(err, ErrNoKeyring) || !errors.As(err, &nk) || !reflect.DeepEqual(nk.Err, tt.err) {
					t.Errorf("%s: %v, want ErrNoKeyring wrapping the backend error", op, err)
				}
				if err == nil || err.Error() != tt.want {
					t.Errorf("%s: error = %q, want %q", op, err, tt.want)
				}
			}
		})
	}
}

// TestNoKeyringNamesEachSecretsVariable: without a keyring, each secret's
// error names the variable that supplies that secret, not the others'.
func TestNoKeyringNamesEachSecretsVariable(t *testing.T) {
	tests := []struct {
		name     string
		account  string
		provider string // known to the Resolver only
		want     string
		notWant  string
	}{
		{"SMTP password", SMTPAccount("default"), "", "set ROLLOUTDESK_SMTP_PASSWORD instead", "LAUNCHDARKLY"},
		{"LaunchDarkly token", ConnectionAccount("prod"), "launchdarkly", "set LAUNCHDARKLY_API_TOKEN instead", "SPLIT"},
		{"Split key", ConnectionAccount("prod"), "split", "set SPLIT_ADMIN_API_KEY instead", "LAUNCHDARKLY"},
		{"token of an unknown provider", ConnectionAccount("prod"), "", "set LAUNCHDARKLY_API_TOKEN / SPLIT_ADMIN_API_KEY instead", "SMTP"},
		{"unknown secret", "", "", "set LAUNCHDARKLY_API_TOKEN / SPLIT_ADMIN_API_KEY / ROLLOUTDESK_SMTP_PASSWORD instead", "\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := &NoKeyringError{Err: errors.New("no bus"), Account: tt.account, EnvVar: EnvVar(tt.provider)}
			if got := err.Error(); !strings.HasSuffix(got, tt.want) || strings.Contains(got, tt.notWant) {
				t.Errorf("Error() = %q, want it to end %q and not name %q", got, tt.want, tt.notWant)
			}
			if got := EnvAdvice(tt.account, tt.provider) + " instead"; !strings.HasSuffix(tt.want, got) {
				t.Errorf("EnvAdvice = %q, want it to match %q", got, tt.want)
			}
		})
	}
}

func TestKeyringOtherError(t *testing.T) {
	backend := errors.New("failed to unlock correct collection")
	mockKeyring(t, backend)
	_, err := Keyring{}.Get(ConnectionAccount("prod"))
	if !errors.Is(err, backend) || errors.Is(err, ErrNoKeyring) || errors.Is(err, ErrNotFound) {
		t.Fatalf("Get: %v, want the backend error only", err)
	}
	if want := `read "connection/prod" in the system keyring: failed to unlock correct collection`; err.Error() != want {
		t.Errorf("Get: error = %q, want %q", err, want)
	}
}

// TestKeyringErrorsHideSecret checks that Set never lets the secret into its
// error, even when the backend's error echoes it.
func TestKeyringErrorsHideSecret(t *testing.T) {
	tests := []struct {
		name      string
		backend   error
		noKeyring bool
	}{
		{"plain", fmt.Errorf("cannot store %s", secret), false},
		{"no keyring", dbus.Error{Name: "org.freedesktop.DBus.Error.ServiceUnknown", Body: []any{"rejected " + secret}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mockKeyring(t, tt.backend)
			err := Keyring{}.Set(ConnectionAccount("prod"), secret)
			if err == nil || strings.Contains(err.Error(), secret) || !strings.Contains(err.Error(), "[redacted]") {
				t.Fatalf("Set: error %q leaks the secret or was not redacted", err)
			}
			if errors.Is(err, ErrNoKeyring) != tt.noKeyring {
				t.Errorf("Set: errors.Is(%v, ErrNoKeyring) = %v, want %v", err, !tt.noKeyring, tt.noKeyring)
			}
			for e := err; e != nil; e = errors.Unwrap(e) {
				if strings.Contains(e.Error(), secret) {
					t.Errorf("Set: wrapped error %q leaks the secret", e)
				}
			}
		})
	}
}
