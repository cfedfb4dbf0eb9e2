package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
)

const examplePlan = `release: new-checkout
name: New checkout
description: One-page checkout.
owner: dana@example.com
flags:
  - {provider: launchdarkly, project: default, environment: production, key: new-checkout, variation: "true"}
  - {provider: split, project: "Web Store", environment: Production, key: checkout_v2, variation: "on"}
phases:
  - name: Beta 5%
    status: active
    starts: 2026-12-01
    ends: 2026-12-07
    audience: Customers who opted into beta
    expect: {on: true, percent: 5}
    flags:
      - {key: checkout_v2, environment: Production, expect: {on: true, percent: 10, segments: [beta_testers]}}
    exit: ["Error rate below 0.5%", "No P1 tickets for 3 days"]
`

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestPlanImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src := writeFile(t, "plan.yaml", examplePlan)
	code, out, errOut := run(t, nil, "--data-dir", dir, "plan", "import", src)
	if code != 0 || out != "Imported release new-checkout (1 phase, 2 flags)\n" {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}

	exported := filepath.Join(t.TempDir(), "exported.yaml")
	if err := os.WriteFile(exported, []byte("an older version\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = run(t, nil, "--data-dir", dir, "plan", "export", "new-checkout", "-o", exported)
	if code != 0 || !strings.Contains(out, "Exported release new-checkout to "+exported) {
		t.Fatalf("export: %d %q %q", code, out, errOut)
	}
	if got := readFile(t, exported); got != examplePlan {
		t.Fatalf("exported file differs:\n%s", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(exported)); len(entries) != 1 {
		t.Fatalf("export left files behind: %v", entries)
	}
	if code, out, _ = run(t, nil, "--data-dir", dir, "plan", "export", "new-checkout"); code != 0 || out != examplePlan {
		t.Fatalf("export to stdout: %d\n%s", code, out)
	}

	code, out, errOut = run(t, nil, "--data-dir", dir, "--json", "plan", "import", exported)
	var got struct {
		Release string `json:"release"`
		Phases  int    `json:"phases"`
		Flags   int    `json:"flags"`
	}
	if err := json.Unmarshal([]byte(out), &got); code != 0 || err != nil || got.Release != "new-checkout" || got.Phases != 1 || got.Flags != 2 {
		t.Fatalf("import --json: %d %q %q", code, out, errOut)
	}

	st, err := store.Open(context.Background(), filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	events, err := st.ListAudit(context.Background(), domain.AuditFilter{Action: "plan.import"})
	if err != nil || len(events) != 2 || events[0].Release != "new-checkout" {
		t.Fatalf("audit events %+v (%v)", events, err)
	}
}

func TestPlanExportsTheDemo(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := run(t, nil, "--data-dir", dir, "demo", "load"); code != 0 {
		t.Fatal(errOut)
	}
	file := filepath.Join(t.TempDir(), "demo.yaml")
	if code, _, errOut := run(t, nil, "--data-dir", dir, "plan", "export", "new-checkout", "-o", file); code != 0 {
		t.Fatal(errOut)
	}
	before := readFile(t, file)
	if code, out, errOut := run(t, nil, "--data-dir", dir, "plan", "import", file); code != 0 || !strings.Contains(out, "(5 phases, 3 flags)") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	if code, out, _ := run(t, nil, "--data-dir", dir, "plan", "export", "new-checkout"); code != 0 || out != before {
		t.Fatalf("second export differs:\n%s", out)
	}
}

func TestPlanList(t *testing.T) {
	dir := t.TempDir()
	if code, out, _ := run(t, nil, "--data-dir", dir, "plan", "list"); code != 0 || !strings.Contains(out, "No releases yet") {
		t.Fatalf("empty list: %d %q", code, out)
	}
	if code, _, errOut := run(t, nil, "--data-dir", dir, "plan", "import", writeFile(t, "plan.yaml", examplePlan)); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := run(t, nil, "--data-dir", dir, "plan", "list", "--json")
	if code != 0 {
		t.Fatal(errOut)
	}
	var got struct {
		Releases []map[string]any `json:"releases"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Releases) != 1 {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	want := map[string]any{"key": "new-checkout", "name": "New checkout", "owner": "dana@example.com",
		"active_phase": "Beta 5%", "phases": 1.0, "flags": 2.0}
	if r := got.Releases[0]; len(r) != len(want) {
		t.Fatalf("release JSON %v, want %v", r, want)
	}
	for k, v := range want {
		if got.Releases[0][k] != v {
			t.Errorf("%s = %v, want %v", k, got.Releases[0][k], v)
		}
	}
	if _, out, _ := run(t, nil, "--data-dir", dir, "plan", "list"); !strings.Contains(out, "new-checkout  New checkout") {
		t.Fatalf("list table:\n%s", out)
	}
}

func TestPlanRejections(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, "bad.yaml", strings.Replace(strings.Replace(examplePlan,
		"percent: 5}", "percent: 120}", 1),
		"    ends: 2026-12-07", "    ends: 2026-12-32", 1))
	tests := []struct {
		name    string
		args    []string
		wantErr []string
	}{
		{"every problem on one line", []string{"plan", "import", bad},
			[]string{bad + `:12: ends "2026-12-32" is not a date (use YYYY-MM-DD); ` + bad + ":14: percent 120 is outside 0–100"}},
		{"missing file", []string{"plan", "import", filepath.Join(dir, "none.yaml")}, []string{"none.yaml"}},
		{"unknown release", []string{"plan", "export", "nope"}, []string{`release "nope": not found`, "plan list"}},
		{"export needs a release", []string{"plan", "export"}, []string{"accepts 1 arg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, nil, append([]string{"--data-dir", dir}, tt.args...)...)
			if code != 1 || out != "" || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Fatalf("code %d stdout %q stderr %q", code, out, errOut)
			}
			for _, want := range tt.wantErr {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q lacks %q", errOut, want)
				}
			}
		})
	}
	if _, out, _ := run(t, nil, "--data-dir", dir, "plan", "list", "--json"); !strings.Contains(out, `"releases": []`) {
		t.Fatalf("a rejected import wrote a release: %s", out)
	}
}

func TestPlanHelp(t *testing.T) {
	for _, sub := range []string{"import", "export", "list"} {
		code, out, _ := run(t, nil, "plan", sub, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "rolloutdesk plan "+sub) {
			t.Errorf("plan %s --help: %d\n%s", sub, code, out)
		}
	}
}
