package workspace

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

func TestResolveDataDir(t *testing.T) {
	config, err := os.UserConfigDir()
	if err != nil {
		t.Skip("no user config dir on this machine")
	}
	tests := []struct {
		name, flag, env, want string
	}{
		{"flag wins", "/tmp/a", "/tmp/b", "/tmp/a"},
		{"environment", "", "/tmp/b", "/tmp/b"},
		{"default", "", "", filepath.Join(config, "rolloutdesk")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(DataDirEnv, tt.env)
			got, err := ResolveDataDir(tt.flag)
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func open(t *testing.T, dir string, offerDemo bool) *Workspace {
	t.Helper()
	w, err := Open(context.Background(), Options{DataDir: dir, OfferDemo: offerDemo})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func demoActive(t *testing.T, w *Workspace) bool {
	t.Helper()
	active, err := w.DemoActive(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return active
}

func TestFirstStartOffersDemoOnce(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")

	w := open(t, dir, true)
	if !demoActive(t, w) {
		t.Fatal("first start did not seed the demo")
	}
	templates, err := w.Store.ListTemplates(ctx)
	if err != nil || len(templates) == 0 {
		t.Fatalf("starter templates: %d, %v", len(templates), err)
	}
	if err := w.RemoveDemo(ctx); err != nil {
		t.Fatal(err)
	}
	w.Close()

	w = open(t, dir, true)
	if demoActive(t, w) {
		t.Fatal("demo came back after the user removed it")
	}
	if err := w.LoadDemo(ctx); err != nil {
		t.Fatal(err)
	}
	if !demoActive(t, w) {
		t.Fatal("demo not loaded on request")
	}
	var actions []string
	events, _ := w.Store.ListAudit(ctx, domain.AuditFilter{})
	for _, e := range events {
		if strings.HasPrefix(e.Action, "demo.") {
			actions = append(actions, e.Action)
		}
	}
	if strings.Join(actions, ",") != "demo.load,demo.remove,demo.load" {
		t.Errorf("demo audit events (newest first) = %v", actions)
	}
	w.Close()
	if _, err := os.Stat(filepath.Join(dir, "rolloutdesk.log")); err != nil {
		t.Errorf("log file: %v", err)
	}

	// Deleting the data directory starts fresh.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	w = open(t, dir, true)
	defer w.Close()
	if !demoActive(t, w) {
		t.Fatal("fresh data directory did not seed the demo")
	}
}

func TestCLIOpenDoesNotSeedDemo(t *testing.T) {
	w := open(t, t.TempDir(), false)
	defer w.Close()
	if demoActive(t, w) {
		t.Fatal("CLI open seeded demo data")
	}
}

func TestOpenUnreadableDatabase(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rolloutdesk.db"), []byte(strings.Repeat("garbage!", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), Options{DataDir: dir, OfferDemo: true})
	if err == nil || !strings.Contains(err.Error(), "not a Rollout Desk database") {
		t.Fatalf("err = %v", err)
	}
}

func TestSyncDemoConnectionChangesNothing(t *testing.T) {
	ctx := context.Background()
	w := open(t, t.TempDir(), true)
	defer w.Close()
	var reports int
	out, err := w.SyncConnection(ctx, "Demo (offline)", func(provider.Progress) { reports++ })
	if err != nil {
		t.Fatal(err)
	}
	run := out.Run
	if run.Flags == 0 || run.Changed != 0 || reports == 0 {
		t.Fatalf("run = %+v after %d progress reports; a sync right after loading should change nothing", run, reports)
	}
	if _, err := w.SyncConnection(ctx, "nope", nil); err == nil || !strings.Contains(err.Error(), `no connection named "nope"`) {
		t.Fatalf("unknown connection: %v", err)
	}
}

func TestDueConnections(t *testing.T) {
	ctx := context.Background()
	w := open(t, t.TempDir(), true)
	defer w.Close()
	now := time.Now()
	for _, c := range []domain.Connection{
		{Name: "manual", Provider: provider.LaunchDarkly, Project: "a"},
		{Name: "hourly", Provider: provider.LaunchDarkly, Project: "b", SyncEveryMinutes: 60},
		{Name: "quarter", Provider: provider.Split, Project: "c", SyncEveryMinutes: 15},
	} {
		if err := w.SaveConnection(ctx, c, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Store.StartSync(ctx, provider.LaunchDarkly, "b", now.Add(-30*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Store.StartSync(ctx, provider.Split, "c", now.Add(-30*time.Minute)); err != nil {
		t.Fatal(err)
	}
	due, err := w.DueConnections(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(due, ",") != "quarter" {
		t.Fatalf("due = %v, want [quarter]", due)
	}
}

func TestValidateConnection(t *testing.T) {
	ok := domain.Connection{Name: "prod", Provider: provider.Split, Project: "Web Store", BaseURL: "https://api.split.io/internal/api/v2"}
	tests := []struct {
		name   string
		change func(*domain.Connection)
		want   string
	}{
		{"valid", func(*domain.Connection) {}, ""},
		{"no name", func(c *domain.Connection) { c.Name = " " }, "name: give the connection a name"},
		{"demo provider", func(c *domain.Connection) { c.Provider = provider.Demo }, `provider: "demo" is not launchdarkly or split`},
		{"no project", func(c *domain.Connection) { c.Project = "" }, "project: name the LaunchDarkly project key or Split workspace"},
		{"bad url", func(c *domain.Connection) { c.BaseURL = "api.split.io" }, `base URL: "api.split.io" is not an http(s) address`},
		{"x-api-key on LaunchDarkly", func(c *domain.Connection) { c.Provider, c.Auth = provider.LaunchDarkly, domain.AuthAPIKey }, "applies only to Split"},
		{"negative schedule", func(c *domain.Connection) { c.SyncEveryMinutes = -1 }, "cannot be negative"},
		{"empty environment", func(c *domain.Connection) { c.Environments = []string{"Production", ""} }, "remove the empty entry"},
		{"ids", func(c *domain.Connection) { c.WorkspaceID, c.EnvironmentIDs = "ws-1", []string{"env-1"} }, ""},
		{"environment ids without the workspace id", func(c *domain.Connection) { c.EnvironmentIDs = []string{"env-1"} }, "give the workspace id too"},
		{"ids on LaunchDarkly", func(c *domain.Connection) { c.Provider, c.WorkspaceID = provider.LaunchDarkly, "ws-1" }, "apply only to Split"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.change(&c)
			err := ValidateConnection(c)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}
