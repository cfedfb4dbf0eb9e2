package connections

import (
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/launchdarkly"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/secrets"
	"rolloutdesk/backend/store/storetest"
)

// newService is a connections service over a fresh database, with tokens
// in memory.
func newService(t *testing.T) *Service {
	t.Helper()
	st := storetest.Open(t)
	return &Service{Store: st, Secrets: secrets.Resolver{Store: &secrets.Memory{}}, Audit: &audit.Log{Store: st, Now: time.Now},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: time.Now}
}

func TestDefaultBaseURLsMatchTheClients(t *testing.T) {
	for name, want := range map[string]string{provider.LaunchDarkly: launchdarkly.DefaultBaseURL, provider.Split: split.DefaultBaseURL} {
		if got := domain.DefaultBaseURL[name]; got != want {
			t.Errorf("domain.DefaultBaseURL[%s] = %q, the client uses %q", name, got, want)
		}
	}
}

func TestResolve(t *testing.T) {
	s := newService(t)
	saved := domain.Connection{Name: "Web", Provider: provider.Split, Project: "Web Store", BaseURL: "https://split.example.com", Environments: []string{"Production"}}
	if err := s.Save(t.Context(), saved, ""); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		provider string
		project  string
		override *domain.ConnectionOverride
		want     domain.Connection
		inFlight int
	}{
		{"saved connection", provider.Split, "Web Store", nil, saved, 0},
		{"defaults", provider.LaunchDarkly, "web", nil, domain.Connection{Name: "launchdarkly/web", Provider: provider.LaunchDarkly, Project: "web"}, 0},
		{"override over the saved connection", provider.Split, "Web Store",
			&domain.ConnectionOverride{WorkspaceID: "ws-1", EnvironmentIDs: []string{"env-1"}, APIKeyAuth: true, MaxInFlight: 2},
			domain.Connection{Name: "Web", Provider: provider.Split, Project: "Web Store", BaseURL: "https://split.example.com",
				WorkspaceID: "ws-1", EnvironmentIDs: []string{"env-1"}, Auth: domain.AuthAPIKey}, 2},
		{"override with its own address and environments", provider.Split, "ws-2",
			&domain.ConnectionOverride{BaseURL: "http://127.0.0.1:9", Environments: []string{"Staging"}},
			domain.Connection{Name: "split/ws-2", Provider: provider.Split, Project: "ws-2", BaseURL: "http://127.0.0.1:9", Environments: []string{"Staging"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Resolve(t.Context(), tt.provider, tt.project, tt.override)
			if err != nil {
				t.Fatal(err)
			}
			c := got.Connection
			c.ID, c.CreatedAt, c.UpdatedAt = 0, time.Time{}, time.Time{}
			if c.Name != tt.want.Name || c.Project != tt.want.Project || c.BaseURL != tt.want.BaseURL || c.Auth != tt.want.Auth ||
				c.WorkspaceID != tt.want.WorkspaceID || !slices.Equal(c.EnvironmentIDs, tt.want.EnvironmentIDs) ||
				!slices.Equal(c.Environments, tt.want.Environments) || got.MaxInFlight != tt.inFlight {
				t.Errorf("Resolve = %+v (max in flight %d), want %+v (%d)", c, got.MaxInFlight, tt.want, tt.inFlight)
			}
		})
	}
}

func TestSaveListDelete(t *testing.T) {
	ctx := t.Context()
	s := newService(t)
	t.Setenv(secrets.EnvVar(provider.LaunchDarkly), "")
	c := domain.Connection{Name: "LD", Provider: provider.LaunchDarkly, Project: "web"}
	if err := s.Save(ctx, domain.Connection{Name: "bad", Provider: "flagsmith"}, ""); err == nil {
		t.Fatal("saved an invalid connection")
	}
	if err := s.Save(ctx, c, "api-0123456789abcdef"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Store.SaveConnection(ctx, domain.Connection{Name: "Demo", Provider: provider.Demo, Project: "demo", Demo: true}); err != nil {
		t.Fatal(err)
	}
	infos, err := s.ListWithTokens(ctx)
	if err != nil || len(infos) != 2 {
		t.Fatalf("ListWithTokens = %+v, %v", infos, err)
	}
	for _, info := range infos {
		if want := map[string]string{"LD": string(secrets.SourceKeyring), "Demo": "not needed (offline demo)"}[info.Name]; info.TokenStatus != want {
			t.Errorf("%s: token status %q, want %q", info.Name, info.TokenStatus, want)
		}
	}
	if err := s.Delete(ctx, "Demo"); err == nil || !strings.Contains(err.Error(), "Remove demo") {
		t.Errorf("deleting the demo connection: %v", err)
	}
	if err := s.Delete(ctx, "LD"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "LD"); err == nil {
		t.Error("the deleted connection is still there")
	}
	if _, _, err := s.Secrets.Token(provider.LaunchDarkly, "LD"); err == nil {
		t.Error("the deleted connection's token is still stored")
	}
}
