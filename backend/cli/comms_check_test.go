package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/store"
)

func TestCommsCheck(t *testing.T) {
	dir := demoDir(t)
	code, out, errOut := run(t, nil, "--data-dir", dir, "comms", "check", "new-checkout")
	if code != 0 || !strings.Contains(out, "every phase tells its customers") {
		t.Fatalf("check of the demo: %d %q %q", code, out, errOut)
	}
	// A held-out release: its phases are named unlike the templates expect.
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := st.GetPlan(ctx, "new-checkout")
	if err != nil {
		t.Fatal(err)
	}
	plan.Release.Key, plan.Release.Demo = "renamed", false
	plan.Phases[0].Name = "Dogfood"
	if _, err := st.SavePlan(ctx, plan); err != nil {
		t.Fatal(err)
	}
	st.Close()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     string // in stdout, or stderr when the code is 1
	}{
		{"a template for a phase the release lacks", []string{"comms", "check", "renamed"}, ExitCommsGaps,
			"template beta-invitation (email, phase next-after: Internal): release renamed lacks a phase after Internal\n"},
		{"json", []string{"--json", "comms", "check", "renamed"}, ExitCommsGaps, `"missing": [`},
		{"unknown release", []string{"comms", "check", "nope"}, 1, "rolloutdesk plan list shows the releases"},
		{"help says the exit status", []string{"comms", "check", "--help"}, 0, "3 when anything is"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, nil, append([]string{"--data-dir", dir}, tt.args...)...)
			got := out
			if tt.wantCode == 1 {
				got = errOut
			}
			if code != tt.wantCode || !strings.Contains(got, tt.want) {
				t.Fatalf("code %d stdout %q stderr %q; want %d and %q", code, out, errOut, tt.wantCode, tt.want)
			}
		})
	}
	_, out, _ = run(t, nil, "--data-dir", dir, "--json", "comms", "check", "renamed")
	var c comms.Coverage
	if err := json.Unmarshal([]byte(out), &c); err != nil || len(c.Unmatched) != 1 || c.Unmatched[0].Template != "beta-invitation" || len(c.Silent) != 0 {
		t.Errorf("check --json = %+v, %v", c, err)
	}
}

func TestCoverageText(t *testing.T) {
	got := coverageText(comms.Coverage{Release: "r", Silent: []string{"GA"}, Unmatched: []comms.Unmatched{
		{Template: "pair", Channel: "in_app", Phase: `["Beta", "Pilot"]`, Missing: []string{"Pilot"}, Applies: []string{"Beta"}},
	}})
	want := "template pair (in_app, phase [\"Beta\", \"Pilot\"]): release r lacks Pilot; it goes out for Beta only\n" +
		"phase GA: no email or in-app template tells its customers"
	if got != want {
		t.Errorf("coverageText =\n%s\nwant\n%s", got, want)
	}
}
