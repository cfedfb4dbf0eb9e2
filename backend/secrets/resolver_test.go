package secrets

import (
	"errors"
	"strings"
	"testing"

	"github.com/godbus/dbus/v5"
	"rolloutdesk/backend/provider"
)

// env returns a Getenv over vars.
func env(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

// failingStore fails every call with err.
type failingStore struct{ err error }

func (s failingStore) Get(string) (string, error) { return "", s.err }
func (s failingStore) Set(string, string) error   { return s.err }
func (s failingStore) Delete(string) error        { return s.err }

func TestResolverToken(t *testing.T) {
	const (
		stored  = "api-stored-0001"
		fromEnv = "api-env-0002"
	)
	stores := func() *Memory {
		m := &Memory{}
		if err := m.Set(ConnectionAccount("prod"), stored); err != nil {
			t.Fatal(err)
		}
		if err := m.Set(ConnectionAccount("eu"), "split-stored-0003"); err != nil {
			t.Fatal(err)
		}
		return m
	}
	tests := []struct {
		name       string
		store      Store // nil: stores()
		noStore    bool
		vars       map[string]string
		provider   string
		connection string
		want       string
		wantSource Source
		wantErr    string
		wantIs     error
	}{
		{
			name: "keyring", provider: provider.LaunchDarkly, connection: "prod",
			want: stored, wantSource: "system keyring",
		},
		{
			name: "env wins", vars: map[string]string{EnvLaunchDarkly: fromEnv},
			provider: provider.LaunchDarkly, connection: "prod",
			want: fromEnv, wantSource: "environment variable LAUNCHDARKLY_API_TOKEN",
		},
		{
			name: "env of the other provider ignored", vars: map[string]string{EnvSplit: "split-env"},
			provider: provider.LaunchDarkly, connection: "prod",
			want: stored, wantSource: SourceKeyring,
		},
		{
			name: "split env", vars: map[string]string{EnvSplit: "split-env-0004", EnvLaunchDarkly: fromEnv},
			provider: provider.Split, connection: "eu",
			want: "split-env-0004", wantSource: "environment variable SPLIT_ADMIN_API_KEY",
		},
		{
			name: "env trimmed", vars: map[string]string{EnvLaunchDarkly: fromEnv + "\n"},
			provider: provider.LaunchDarkly, connection: "prod",
			want: fromEnv, wantSource: "environment variable LAUNCHDARKLY_API_TOKEN",
		},
		{
			name: "blank env ignored", vars: map[string]string{EnvLaunchDarkly: "  "},
			provider: provider.LaunchDarkly, connection: "prod",
			want: stored, wantSource: SourceKeyring,
		},
		{
			name: "env holds an SDK key", vars: map[string]string{EnvLaunchDarkly: "sdk-0005"},
			provider: provider.LaunchDarkly, connection: "prod",
			wantErr: "environment variable LAUNCHDARKLY_API_TOKEN: that is an SDK key; the REST API needs an access token (api-…), which you create in LaunchDarkly under Organization settings → Authorization", wantIs: ErrInvalid,
		},
		{
			name: "env works without a store", noStore: true, vars: map[string]string{EnvSplit: "split-env-0004"},
			provider: provider.Split, connection: "eu",
			want: "split-env-0004", wantSource: "environment variable SPLIT_ADMIN_API_KEY",
		},
		{
			name: "not found", provider: provider.Split, connection: "staging",
			wantErr: `no token is stored for connection "staging"; add it in Settings → Connections, or set SPLIT_ADMIN_API_KEY`, wantIs: ErrNotFound,
		},
		{
			name: "not found from a plain store error", store: failingStore{ErrNotFound},
			provider: provider.LaunchDarkly, connection: "prod",
			wantErr: `no token is stored for connection "prod"; add it in Settings → Connections, or set LAUNCHDARKLY_API_TOKEN`, wantIs: ErrNotFound,
		},
		{
			name: "no keyring", store: failingStore{&NoKeyringError{Err: errNoSecretService, reason: "no Secret Service"}},
			provider: provider.LaunchDarkly, connection: "prod",
			wantErr: "no system keyring is available (no Secret Service: The name org.freedesktop.secrets was not provided by any .service files); set LAUNCHDARKLY_API_TOKEN instead", wantIs: ErrNoKeyring,
		},
		{
			name: "keyring turned off", noStore: true, provider: provider.Split, connection: "eu",
			wantErr: "no system keyring is available (the keyring is turned off); set SPLIT_ADMIN_API_KEY instead", wantIs: ErrNoKeyring,
		},
		{
			name: "other store error", store: failingStore{errors.New("prompt dismissed")},
			provider: provider.Split, connection: "eu",
			wantErr: `token of connection "eu": prompt dismissed`,
		},
		{
			name: "demo", provider: provider.Demo, connection: "demo",
			wantErr: `connection "demo": provider "demo" takes no API token`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Resolver{Store: tt.store, Getenv: env(tt.vars)}
			switch {
			case tt.noStore:
				r.Store = nil
			case tt.store == nil:
				r.Store = stores()
			}
			got, source, err := r.Token(tt.provider, tt.connection)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Token: error %q, want %q", err, tt.wantErr)
				}
				if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
					t.Errorf("Token: error %v does not match %v", err, tt.wantIs)
				}
				if got != "" || source != "" {
					t.Errorf("Token: %q from %q along with the error", got, source)
				}
				for _, v := range tt.vars {
					if strings.Contains(err.Error(), strings.TrimSpace(v)) {
						t.Errorf("Token: error %q contains the token", err)
					}
				}
				return
			}
			if err != nil || got != tt.want || source != tt.wantSource {
				t.Fatalf("Token = %q, %q, %v; want %q, %q", got, source, err, tt.want, tt.wantSource)
			}
		})
	}
}

func TestResolverTokenFromKeyring(t *testing.T) {
	t.Run("stored", func(t *testing.T) {
		mockKeyring(t, nil)
		if err := (Keyring{}).Set(ConnectionAccount("prod"), secret); err != nil {
			t.Fatal(err)
		}
		r := Resolver{Store: Keyring{}, Getenv: env(nil)}
		if got, source, err := r.Token(provider.LaunchDarkly, "prod"); err != nil || got != secret || source != SourceKeyring {
			t.Fatalf("Token = %q, %q, %v", got, source, err)
		}
	})
	t.Run("no keyring names the provider's variable", func(t *testing.T) {
		mockKeyring(t, dbus.Error{Name: "org.freedesktop.DBus.Error.ServiceUnknown", Body: []any{"no secrets"}})
		r := Resolver{Store: Keyring{}, Getenv: env(nil)}
		_, _, err := r.Token(provider.Split, "eu")
		want := "no system keyring is available (no Secret Service such as GNOME Keyring or KWallet is running: no secrets); set SPLIT_ADMIN_API_KEY instead"
		if !errors.Is(err, ErrNoKeyring) || err.Error() != want {
			t.Fatalf("Token: error %q, want %q", err, want)
		}
	})
}

func TestResolverSetToken(t *testing.T) {
	tests := []struct {
		name     string
		store    Store
		provider string
		token    string
		wantErr  string
		wantIs   error
	}{
		{name: "stored", store: &Memory{}, provider: provider.LaunchDarkly, token: secret},
		{name: "SDK key", store: &Memory{}, provider: provider.LaunchDarkly, token: "sdk-0a1b2c3d", wantErr: "that is an SDK key; the REST API needs an access token (api-…)", wantIs: ErrInvalid},
		{name: "pasted newline", store: &Memory{}, provider: provider.Split, token: "key-0a1b\n", wantErr: "the token ends with a line break; paste it again without it", wantIs: ErrInvalid},
		{name: "no store", provider: provider.Split, token: "key-0a1b", wantErr: "no system keyring is available (the keyring is turned off); set SPLIT_ADMIN_API_KEY instead", wantIs: ErrNoKeyring},
		{name: "no keyring", store: failingStore{&NoKeyringError{Err: errBusGone}}, provider: provider.LaunchDarkly, token: secret, wantErr: "set LAUNCHDARKLY_API_TOKEN instead", wantIs: ErrNoKeyring},
		{name: "store echoes the token", store: failingStore{errors.New("bad value " + secret)}, provider: provider.LaunchDarkly, token: secret, wantErr: `token of connection "prod": bad value [redacted]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Resolver{Store: tt.store}.SetToken(tt.provider, "prod", tt.token)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("SetToken: %v", err)
				}
				if got, _ := tt.store.Get(ConnectionAccount("prod")); got != tt.token {
					t.Fatalf("stored %q, want the token", got)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("SetToken: error %q, want it to contain %q", err, tt.wantErr)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("SetToken: error %v does not match %v", err, tt.wantIs)
			}
			if strings.Contains(err.Error(), strings.TrimSpace(tt.token)) {
				t.Errorf("SetToken: error %q contains the token", err)
			}
		})
	}
}
