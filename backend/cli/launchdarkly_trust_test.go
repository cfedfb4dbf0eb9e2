package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
)

// trustFlags are LaunchDarkly flags with the shapes a real account has: a
// flag that two others require, a migration flag and an archived flag.
const trustFlags = `[
	{"key":"checkout-api","variations":[{"value":true},{"value":false}],"environments":{
		"production":{"on":true,"offVariation":1,"fallthrough":{"variation":0}}}},
	{"key":"checkout-ui","variations":[{"value":true},{"value":false}],"environments":{
		"production":{"on":true,"offVariation":1,"fallthrough":{"variation":0},"prerequisites":[{"key":"checkout-api","variation":0}]}}},
	{"key":"express-pay","variations":[{"value":true},{"value":false}],"environments":{
		"production":{"on":true,"offVariation":1,"fallthrough":{"variation":0},"prerequisites":[{"key":"checkout-api","variation":0}]}}},
	{"key":"orders-db","_purpose":"migration","variations":[{"value":"off"},{"value":"dualwrite"},{"value":"complete"}],"environments":{
		"production":{"on":true,"offVariation":0,"fallthrough":{"variation":1}}}},
	{"key":"old-banner","archived":true,"variations":[{"value":true},{"value":false}],"environments":{
		"production":{"on":true,"offVariation":1,"fallthrough":{"variation":0}}}}]`

// TestLaunchDarklyFlagStateYouCanTrust syncs through pages capped below the
// limit asked for, then checks what the CLI reports: every flag (archived
// ones marked), prerequisites, the kill warning naming dependents, and the
// verdicts of a plan whose flags are blocked or archived.
func TestLaunchDarklyFlagStateYouCanTrust(t *testing.T) {
	ld := ldfake.New(ldfake.Options{})
	defer ld.Close()
	for _, err := range []error{ld.AddProject("web", "Web"), ld.AddEnvironment("web", "production", "Production"),
		ld.AddFlagsJSON("web", []byte(trustFlags))} {
		if err != nil {
			t.Fatal(err)
		}
	}
	ld.SetPageQuirks(ldfake.PageQuirks{MaxPageSize: 2})
	t.Setenv("LAUNCHDARKLY_API_TOKEN", ld.Token())
	dir := t.TempDir()
	target := []string{"--project", "web", "--base-url", ld.URL()}

	code, out, errOut := run(t, nil, append([]string{"--data-dir", dir, "sync", "launchdarkly", "--json"}, target...)...)
	if code != 0 {
		t.Fatal(errOut)
	}
	states := map[string]provider.FlagState{}
	for _, st := range decodeFlags(t, out) {
		states[st.Key] = st
	}
	if len(states) != 5 || !states["old-banner"].Archived || states["checkout-api"].Archived {
		t.Fatalf("synced %+v, want all 5 flags with only old-banner archived", states)
	}
	if p := states["checkout-ui"].Prerequisites; len(p) != 1 || p[0] != (provider.Prerequisite{Key: "checkout-api", Variation: "true"}) {
		t.Errorf("checkout-ui prerequisites = %+v", p)
	}
	if states["orders-db"].Purpose != provider.PurposeMigration || states["checkout-api"].TrafficAllocation != 100 {
		t.Errorf("orders-db purpose %q, allocation %v", states["orders-db"].Purpose, states["checkout-api"].TrafficAllocation)
	}

	// The raw JSON carries the contract's field names.
	var raw struct {
		Flags []map[string]any `json:"flags"`
	}
	_, out, _ = run(t, nil, "--data-dir", dir, "flags", "--json")
	if err := json.Unmarshal([]byte(out), &raw); err != nil || len(raw.Flags) != 5 {
		t.Fatalf("flags --json: %v %s", err, out)
	}
	for _, key := range []string{"prerequisites", "traffic_allocation", "archived"} {
		if _, ok := raw.Flags[0][key]; !ok {
			t.Errorf("flags --json lacks %q", key)
		}
	}

	kill := func(flag string, yes bool) (int, string, string) {
		args := append([]string{"--data-dir", dir, "kill", "launchdarkly", "--env", "production", "--flag", flag}, target...)
		if yes {
			args = append(args, "--yes")
		}
		return run(t, nil, args...)
	}
	code, _, errOut = kill("checkout-api", false)
	if code != 1 || !strings.Contains(errOut, "checkout-ui, express-pay require checkout-api as a prerequisite") {
		t.Errorf("kill without --yes: %d %q", code, errOut)
	}
	code, _, errOut = kill("orders-db", false)
	if !strings.Contains(errOut, `orders-db is a migration flag: killing it sends every context back to its off stage "off"`) {
		t.Errorf("migration kill warning: %q", errOut)
	}
	code, out, errOut = kill("checkout-api", true)
	if code != 0 || !strings.Contains(errOut, "warning: checkout-ui, express-pay require checkout-api") || !strings.Contains(out, "checkout-api is now off") {
		t.Fatalf("kill: %d %q %q", code, out, errOut)
	}
	code, _, errOut = kill("old-banner", true)
	if code != 1 || !strings.Contains(errOut, "the flag is archived in launchdarkly; restore it there first") {
		t.Errorf("kill of an archived flag: %d %q", code, errOut)
	}

	planFile := filepath.Join(t.TempDir(), "plan.yaml")
	plan := `release: checkout
name: Checkout
flags:
  - {provider: launchdarkly, project: web, environment: production, key: checkout-ui, variation: "true"}
  - {provider: launchdarkly, project: web, environment: production, key: old-banner, variation: "true"}
phases:
  - name: GA
    status: active
    expect: {on: true, percent: 100}
`
	if err := os.WriteFile(planFile, []byte(plan), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run(t, nil, "--data-dir", dir, "plan", "import", planFile); code != 0 {
		t.Fatal(errOut)
	}
	code, out, _ = run(t, nil, "--data-dir", dir, "drift", "checkout", "--json")
	var report drift.Report
	if err := json.Unmarshal([]byte(out), &report); err != nil || code != ExitDrift {
		t.Fatalf("drift: %d %v %s", code, err, out)
	}
	got := map[string]drift.Flag{}
	for _, f := range report.Flags {
		got[f.Key] = f
	}
	if f := got["checkout-ui"]; f.Verdict != drift.Blocked || !strings.Contains(f.Reason, "requires checkout-api to serve “true” and it is off") {
		t.Errorf("checkout-ui: %s %q", f.Verdict, f.Reason)
	}
	if got["old-banner"].Verdict != drift.Archived {
		t.Errorf("old-banner: %s %q", got["old-banner"].Verdict, got["old-banner"].Reason)
	}
}
