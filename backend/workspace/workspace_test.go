package workspace

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/syncer"
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
	templates, err := w.Comms.Templates(ctx)
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
	events, _ := w.Audit.List(ctx, domain.AuditFilter{})
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

// counter counts a sync's progress reports.
type counter struct{ reports int }

func (c *counter) Progress(string, provider.Progress)     { c.reports++ }
func (c *counter) Finished(string, syncer.Outcome, error) {}

func TestSyncDemoConnectionChangesNothing(t *testing.T) {
	ctx := context.Background()
	w := open(t, t.TempDir(), true)
	defer w.Close()
	var obs counter
	out, err := w.Sync.Sync(ctx, syncer.Request{Connection: "Demo (offline)"}, &obs)
	if err != nil {
		t.Fatal(err)
	}
	run := out.Run
	if run.Flags == 0 || run.Changed != 0 || obs.reports == 0 {
		t.Fatalf("run = %+v after %d progress reports; a sync right after loading should change nothing", run, obs.reports)
	}
	if _, err := w.Sync.Sync(ctx, syncer.Request{Connection: "nope"}, nil); err == nil || !strings.Contains(err.Error(), `no connection named "nope"`) {
		t.Fatalf("unknown connection: %v", err)
	}
}
