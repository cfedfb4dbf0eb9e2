package plan

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
)

// file joins lines into a plan file.
func file(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// withPhases is a valid plan head (lines 1–5) followed by lines, so the
// first phase starts on line 6.
func withPhases(lines ...string) string {
	return file(append([]string{
		"release: r",
		"name: R",
		"flags:",
		`  - {provider: launchdarkly, project: default, environment: production, key: a, variation: "true"}`,
		"phases:",
	}, lines...)...)
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string // the whole error, one problem a line
	}{
		{"unknown phase key", withPhases("  - name: Beta 5%", "    stauts: active"),
			`plan.yaml:7: unknown key "stauts" in phase "Beta 5%" (known: name, status, starts, ends, audience, owner, expect, flags, entry, exit)`},
		{"unknown top-level key", file("release: r", "name: R", "phase: []"),
			`plan.yaml:3: unknown key "phase" (known: release, name, description, owner, flags, phases)`},
		{"unknown key in a flag", file("release: r", "name: R", "flags:", `  - {provider: split, project: p, environment: e, flag: k, variation: "on"}`),
			"plan.yaml:4: unknown key \"flag\" in flags item 1 (known: provider, project, environment, key, variation)\n" +
				"plan.yaml:4: key is missing in flags item 1 (the flag key)"},
		{"unknown key in expect", withPhases("  - name: GA", "    expect: {on: true, pct: 100}"),
			`plan.yaml:7: unknown key "pct" in expect of phase "GA" (known: on, percent, segments)`},
		{"bad date", withPhases("  - name: Beta 5%", "    starts: 2026-13-01"),
			`plan.yaml:7: starts "2026-13-01" is not a date (use YYYY-MM-DD)`},
		{"date with a time", withPhases("  - name: Beta 5%", "    ends: 2026-12-01T10:00:00Z"),
			`plan.yaml:7: ends "2026-12-01T10:00:00Z" is not a date (use YYYY-MM-DD)`},
		{"ends before starts", withPhases("  - name: Beta 5%", "    starts: 2026-12-07", "    ends: 2026-12-01"),
			"plan.yaml:8: ends 2026-12-01 is before starts 2026-12-07"},
		{"percent above 100", withPhases("  - name: Beta 5%", "    expect: {on: true, percent: 120}"),
			"plan.yaml:7: percent 120 is outside 0–100"},
		{"percent below 0 in a flag override", withPhases("  - name: Beta 5%", "    flags:",
			"      - {key: a, environment: production, expect: {on: true, percent: -0.5}}"),
			"plan.yaml:8: percent -0.5 is outside 0–100"},
		{"percent with a sign", withPhases("  - name: Beta 5%", "    expect: {on: true, percent: 5%}"),
			`plan.yaml:7: percent must be a number, not "5%"`},
		{"link to an unknown flag", withPhases("  - name: Beta 5%", "    flags:",
			"      - {key: a, environment: production, expect: {on: true, percent: 10}}",
			"      - {key: a, environment: Staging, expect: {on: true, percent: 10}}"),
			`plan.yaml:9: phase "Beta 5%" sets flag a in Staging, which is not in flags: (add it there or fix the key/environment)`},
		{"flag set twice in a phase", withPhases("  - name: Beta 5%", "    flags:",
			"      - {key: a, environment: production, expect: {on: true, percent: 10}}",
			"      - {key: a, environment: production, expect: {on: true, percent: 20}}"),
			`plan.yaml:9: phase "Beta 5%" sets flag a in production twice (first at line 8); keep one`},
		{"two active phases", withPhases("  - name: Beta 5%", "    status: active", "  - name: 25%", "  - name: GA", "    status: active"),
			`plan.yaml:10: phase "GA" is active, but "Beta 5%" (line 7) is already active: only one phase can be active`},
		{"unknown status", withPhases("  - name: Beta 5%", "    status: activ"),
			`plan.yaml:7: status "activ" is not one of planned, active, done, rolled_back`},
		{"missing release and name", file("description: d"),
			"plan.yaml:1: release is missing (the release key, e.g. release: new-checkout)\n" +
				"plan.yaml:1: name is missing (the release name, e.g. name: New checkout)"},
		{"empty release", file(`release: ""`, "name: R"),
			"plan.yaml:1: release is missing (the release key, e.g. release: new-checkout)"},
		{"phase without a name", withPhases("  - name: Beta", "  - status: done", "    audience: Everyone"),
			"plan.yaml:7: name is missing in phase 2 (every phase needs one, e.g. name: Beta 5%)"},
		{"unknown provider", file("release: r", "name: R", "flags:", `  - {provider: optimizely, project: p, environment: e, key: k, variation: "on"}`),
			`plan.yaml:4: provider "optimizely" is not one of launchdarkly, split, demo`},
		{"missing provider and variation", file("release: r", "name: R", "flags:", "  - {project: p, environment: e, key: k}"),
			"plan.yaml:4: provider is missing in flags item 1 (launchdarkly, split or demo)\n" +
				"plan.yaml:4: variation is missing in flags item 1 (the variation that counts as released, e.g. variation: \"true\")"},
		{"duplicate flag link", file("release: r", "name: R", "flags:",
			`  - {provider: split, project: p, environment: e, key: k, variation: "on"}`,
			`  - {provider: split, project: q, environment: e, key: k, variation: "off"}`),
			"plan.yaml:5: flag k in e is listed twice (first at line 4); keep one"},
		{"duplicate phase name", withPhases("  - name: Beta", "  - name: GA", "  - name: Beta"),
			`plan.yaml:8: phase name "Beta" is used twice (first at line 6); rename one`},
		{"duplicate key", file("release: r", "name: R", "name: S"),
			`plan.yaml:3: key "name" is given twice (first at line 2); keep one`},
		{"expect without on", withPhases("  - name: GA", "    expect: {percent: 100}"),
			`plan.yaml:7: on is missing in expect of phase "GA" (on: true or on: false)`},
		{"on is not a boolean", withPhases("  - name: GA", "    expect: {on: yes, percent: 100}"),
			`plan.yaml:7: on must be true or false, not "yes"`},
		{"phase flag without expect", withPhases("  - name: GA", "    flags:", "      - {key: a, environment: production}"),
			`plan.yaml:8: expect is missing in flags item 1 of phase "GA" (e.g. expect: {on: true, percent: 10})`},
		{"checklist item with an unknown key", withPhases("  - name: GA", "    exit:", "      - {text: Done, finished: true}"),
			`plan.yaml:8: unknown key "finished" in exit item 1 of phase "GA" (known: text, check, over, guardrail, done, by, at)`},
		{"checklist done is not a boolean", withPhases("  - name: GA", "    entry:", "      - {text: Done, done: sure}"),
			`plan.yaml:8: done must be true or false, not "sure"`},
		{"empty checklist item", withPhases("  - name: GA", "    exit:", "      -"),
			`plan.yaml:8: a criterion must be text or a mapping like {text: "…", done: true} or {text: "…", check: "error_rate < 0.5"}, not an empty value`},
		{"check is not METRIC OP NUMBER", withPhases("  - name: GA", "    exit:", `      - {text: Errors, check: "errors below 0.5"}`),
			`plan.yaml:8: check "errors below 0.5" is not METRIC OP NUMBER (e.g. "error_rate < 0.5"; metric names are lower case with _, OP one of < <= > >= ==)`},
		{"over is not days", withPhases("  - name: GA", "    exit:", `      - {text: Errors, check: "error_rate < 0.5", over: 3 days}`),
			`plan.yaml:8: over "3 days" is not a number of days such as 3d`},
		{"guardrail without a check", withPhases("  - name: GA", "    exit:", "      - {text: Conversion holds, guardrail: true}"),
			`plan.yaml:8: guardrail applies to a measured criterion in exit item 1 of phase "GA": add check: "METRIC OP NUMBER" or remove guardrail`},
		{"measured and done", withPhases("  - name: GA", "    exit:", `      - {text: Errors, check: "error_rate < 0.5", done: true}`),
			`plan.yaml:8: a measured criterion is judged from its metric in exit item 1 of phase "GA": remove done (or remove check to tick it by hand)`},
		{"by without done", withPhases("  - name: GA", "    exit:", "      - {text: Support briefed, by: dana@example.com}"),
			`plan.yaml:8: by records who met the criterion and when in exit item 1 of phase "GA": set done: true or remove by`},
		{"at is not a date", withPhases("  - name: GA", "    exit:", "      - {text: Support briefed, done: true, at: yesterday}"),
			`plan.yaml:8: at "yesterday" is not a date (use YYYY-MM-DD)`},
		{"phases is not a list", file("release: r", "name: R", "phases: GA"),
			`plan.yaml:3: phases must be a list, not "GA"`},
		{"name is not text", file("release: r", "name: [R]"),
			"plan.yaml:2: name must be text, not a list"},
		{"a phase is not a mapping", withPhases("  - GA"),
			`plan.yaml:6: a phase must be a mapping that starts with name: …, not "GA"`},
		{"the file is a list", file("- release: r"),
			"plan.yaml:1: a plan must be a mapping that starts with release: KEY, not a list"},
		{"alias", file("release: &k r", "name: *k"),
			"plan.yaml:2: name must be text, not an alias (aliases are not supported: write the value out)"},
		{"a criterion twice in a phase", withPhases("  - name: GA", `    entry: ["Support briefed"]`, "    exit:", "      - Docs updated", "      - Support briefed"),
			`plan.yaml:10: phase "GA" lists the criterion "Support briefed" twice (in entry and exit): criteria are ticked by their text, so make each one different`},
		{"YAML syntax error", file("release: r", "name: R: S"),
			"plan.yaml:2: not valid YAML: mapping values are not allowed in this context"},
		{"two documents", file("release: r", "name: R", "---", "release: s", "name: S"),
			"plan.yaml:3: a file holds one plan: remove the second YAML document"},
		{"empty file", "", "plan.yaml:1: the file is empty (a plan starts with release: KEY)"},
		{"only comments", "# a plan\n", "plan.yaml:1: the file is empty (a plan starts with release: KEY)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("plan.yaml", []byte(tt.file))
			if err == nil || err.Error() != tt.want {
				t.Fatalf("got error\n%v\nwant\n%s", err, tt.want)
			}
			var perr *Error
			if !errors.As(err, &perr) {
				t.Fatalf("error is %T, not *plan.Error", err)
			}
		})
	}
}

func TestParseReportsEveryProblemByLine(t *testing.T) {
	src := withPhases(
		"  - name: Beta 5%",
		"    status: active",
		"    starts: 2026-13-01",
		"    expect: {on: true, percent: 120}",
		"  - name: GA",
		"    stauts: planned",
		"    status: active",
	)
	want := []Problem{
		{Line: 8, Reason: `starts "2026-13-01" is not a date (use YYYY-MM-DD)`},
		{Line: 9, Reason: "percent 120 is outside 0–100"},
		{Line: 11, Reason: `unknown key "stauts" in phase "GA" (known: name, status, starts, ends, audience, owner, expect, flags, entry, exit)`},
		{Line: 12, Reason: `phase "GA" is active, but "Beta 5%" (line 7) is already active: only one phase can be active`},
	}
	_, err := Parse("plan.yaml", []byte(src))
	var perr *Error
	if !errors.As(err, &perr) {
		t.Fatalf("got %v, want *plan.Error", err)
	}
	if !reflect.DeepEqual(perr.Problems, want) {
		t.Fatalf("got problems\n%v\nwant\n%v", perr.Problems, want)
	}
	if first, _, _ := strings.Cut(err.Error(), "\n"); first != "plan.yaml:8: "+want[0].Reason {
		t.Fatalf("first line %q is not the first problem", first)
	}
}

func TestParseReadsEveryField(t *testing.T) {
	data, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse("example.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	day := func(d int) *time.Time { t := time.Date(2026, 12, d, 0, 0, 0, 0, time.UTC); return &t }
	want := domain.Plan{
		Release: domain.Release{Key: "new-checkout", Name: "New checkout", Description: "One-page checkout.", Owner: "dana@example.com"},
		Links: []domain.FlagLink{
			{Provider: "launchdarkly", Project: "default", Environment: "production", FlagKey: "new-checkout", Variation: "true"},
			{Provider: "split", Project: "Web Store", Environment: "Production", FlagKey: "checkout_v2", Variation: "on"},
		},
		Phases: []domain.Phase{{
			Name: "Beta 5%", Status: domain.PhaseActive, Audience: "Customers who opted into beta",
			PlannedStart: day(1), PlannedEnd: day(7),
			Expect: &domain.Expectation{On: true, Percent: 5},
			FlagExpects: []domain.FlagExpectation{{FlagKey: "checkout_v2", Environment: "Production",
				Expect: domain.Expectation{On: true, Percent: 10, Segments: []string{"beta_testers"}}}},
			Entry: []domain.ChecklistItem{},
			Exit:  []domain.ChecklistItem{{Text: "Error rate below 0.5%"}, {Text: "No P1 tickets for 3 days"}},
		}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestParseDefaultsAndChecklists(t *testing.T) {
	got, err := Parse("plan.yaml", []byte(withPhases(
		"  - name: Internal",
		"    owner: sam@example.com",
		"    entry: [QA sign-off]",
		"    exit:",
		"      - {text: No open P1 bugs, done: true}",
		"      - {text: Support briefed}",
		"      - Guide reviewed",
		"  - name: GA",
		"    status: done",
	)))
	if err != nil {
		t.Fatal(err)
	}
	internal, ga := got.Phases[0], got.Phases[1]
	wantExit := []domain.ChecklistItem{{Text: "No open P1 bugs", Done: true}, {Text: "Support briefed"}, {Text: "Guide reviewed"}}
	switch {
	case internal.Status != domain.PhasePlanned || internal.Position != 0 || internal.Owner != "sam@example.com":
		t.Errorf("internal phase: %+v", internal)
	case !reflect.DeepEqual(internal.Entry, []domain.ChecklistItem{{Text: "QA sign-off"}}) || !reflect.DeepEqual(internal.Exit, wantExit):
		t.Errorf("checklists: entry %+v exit %+v", internal.Entry, internal.Exit)
	case internal.Expect != nil || internal.StartedAt != nil || internal.EndedAt != nil:
		t.Errorf("unset fields are set: %+v", internal)
	case ga.Status != domain.PhaseDone || ga.Position != 1 || ga.FlagExpects == nil || ga.Exit == nil:
		t.Errorf("GA phase: %+v", ga)
	}
}
