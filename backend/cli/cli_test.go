package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func run(t *testing.T, gui GUI, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Execute(context.Background(), args, &out, &errOut, gui)
	return code, out.String(), errOut.String()
}

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	backup := filepath.Join(t.TempDir(), "copy.db")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"version", []string{"version"}, 0, "rolloutdesk dev (schema ", ""},
		{"version json, global flags after the command", []string{"version", "--json", "--data-dir", dir}, 0, `"version": "dev"`, ""},
		{"global flags before the command", []string{"--json", "--data-dir", dir, "version"}, 0, `"schema": `, ""},
		{"help", []string{"help"}, 0, "Without a command it opens the desktop app", ""},
		{"backup help has an example", []string{"backup", "--help"}, 0, "rolloutdesk backup ~/rolloutdesk-", ""},
		{"flags on an empty workspace", []string{"--data-dir", dir, "flags"}, 0, "No flags stored yet", ""},
		{"flags json on an empty workspace", []string{"--data-dir", dir, "flags", "--json"}, 0, `"flags": []`, ""},
		{"backup", []string{"--data-dir", dir, "backup", backup}, 0, "Backed up", ""},
		{"backup refuses to overwrite", []string{"--data-dir", dir, "backup", backup}, 1, "", "already exists"},
		{"backup needs a file", []string{"--data-dir", dir, "backup"}, 1, "", "accepts 1 arg"},
		{"unknown command", []string{"frobnicate"}, 1, "", `unknown command "frobnicate"`},
		{"no window in this build", []string{"--data-dir", dir}, 1, "", "no desktop window"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, nil, tt.args...)
			if code != tt.wantCode || !strings.Contains(out, tt.wantOut) || !strings.Contains(errOut, tt.wantErr) {
				t.Fatalf("code %d stdout %q stderr %q; want %d, %q, %q", code, out, errOut, tt.wantCode, tt.wantOut, tt.wantErr)
			}
			if code != 0 && strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("error is not one line: %q", errOut)
			}
		})
	}
	if _, err := os.Stat(backup); err != nil {
		t.Fatalf("backup file: %v", err)
	}
}

func TestDemoThenFlagsJSON(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := run(t, nil, "--data-dir", dir, "demo", "load"); code != 0 {
		t.Fatalf("demo load: %s", errOut)
	}
	code, out, errOut := run(t, nil, "--data-dir", dir, "flags", "--json", "--env", "production")
	if code != 0 {
		t.Fatalf("flags: %s", errOut)
	}
	var got struct {
		Flags []map[string]any `json:"flags"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Flags) == 0 {
		t.Fatal("no demo flags")
	}
	for _, key := range []string{"provider", "project", "environment", "key", "name", "on", "serving", "off_variation",
		"rules", "targets", "segments", "last_modified", "last_evaluated", "archived", "version", "released"} {
		if _, ok := got.Flags[0][key]; !ok {
			t.Errorf("flag JSON lacks %q: %v", key, got.Flags[0])
		}
	}
	// The released share follows the variation the demo release names, and
	// says so; a flag no release links gets an assumed one.
	released := map[string]any{}
	for _, f := range got.Flags {
		released[f["key"].(string)] = f["released"]
	}
	for key, want := range map[string]map[string]any{
		"new-checkout":   {"variation": "true", "percent": 5.0, "source": `variation "true" named by release new-checkout`, "assumed": false},
		"pricing-banner": {"variation": "shown", "percent": 0.0, "source": `assumed: the first variation of the default rule (fallthrough) that is not the off variation "hidden"`, "assumed": true},
	} {
		if !reflect.DeepEqual(released[key], any(want)) {
			t.Errorf("released of %s = %v, want %v", key, released[key], want)
		}
	}
	if _, out, _ := run(t, nil, "--data-dir", dir, "flags", "--env", "production"); !regexp.MustCompile(`new-checkout\s+on\s+true 5%\s+variations true 5%, false 95%`).MatchString(out) ||
		!regexp.MustCompile(`pricing-banner\s+off\s+shown 0% \(assumed\)`).MatchString(out) {
		t.Errorf("flags table lacks the released shares:\n%s", out)
	}
	if code, out, _ := run(t, nil, "--data-dir", dir, "demo", "remove", "--json"); code != 0 || !strings.Contains(out, `"demo": "remove"`) {
		t.Fatalf("demo remove: %d %s", code, out)
	}
	if _, out, _ := run(t, nil, "--data-dir", dir, "flags", "--json"); !strings.Contains(out, `"flags": []`) {
		t.Fatalf("flags after removing demo: %s", out)
	}
}

func TestRootOpensGUIWithDataDir(t *testing.T) {
	dir := t.TempDir()
	var got string
	gui := func(_ context.Context, dataDir string) error { got = dataDir; return nil }
	if code, _, errOut := run(t, gui, "--data-dir", dir); code != 0 {
		t.Fatal(errOut)
	}
	if got != dir {
		t.Fatalf("GUI got data dir %q, want %q", got, dir)
	}
}
