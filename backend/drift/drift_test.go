package drift

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

var now = time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)

func link(key string) domain.FlagLink {
	return domain.FlagLink{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", FlagKey: key, Variation: "true"}
}

func stored(key string, on bool, percent float64, segments ...string) domain.StoredFlag {
	return domain.StoredFlag{
		FlagState: provider.FlagState{
			Provider: provider.LaunchDarkly, Project: "default", Environment: "production", Key: key, On: on,
			Serving:  []provider.Allocation{{Variation: "true", Percent: percent}, {Variation: "false", Percent: 100 - percent}},
			Segments: segments, OffVariation: "false", TrafficAllocation: 100, Prerequisites: []provider.Prerequisite{},
		},
		CheckedAt: now.Add(-time.Hour),
	}
}

func planWith(expect domain.Expectation, links ...domain.FlagLink) domain.Plan {
	return domain.Plan{
		Release: domain.Release{Key: "new-checkout"},
		Links:   links,
		Phases: []domain.Phase{
			{Name: "Internal", Status: domain.PhaseDone, Expect: &domain.Expectation{On: true}},
			{Name: "Beta 5%", Status: domain.PhaseActive, Expect: &expect},
		},
	}
}

func TestVerdicts(t *testing.T) {
	on5 := domain.Expectation{On: true, Percent: 5}
	old := stored("f", true, 5)
	old.CheckedAt = now.Add(-3 * 24 * time.Hour)
	tests := []struct {
		name       string
		expect     domain.Expectation
		latest     []domain.StoredFlag
		want       Verdict
		wantReason string
		wantActual *State
	}{
		{"on plan", on5, []domain.StoredFlag{stored("f", true, 5)}, OnPlan, "Serving “true” to 5%, as planned.", &State{On: true, Percent: 5}},
		{"rounding within tolerance", on5, []domain.StoredFlag{stored("f", true, 5.0004)}, OnPlan, "as planned", &State{On: true, Percent: 5.0004}},
		{"behind", on5, []domain.StoredFlag{stored("f", true, 2)}, Behind, "Serving “true” to 2%; the phase plans 5%.", &State{On: true, Percent: 2}},
		{"ahead", on5, []domain.StoredFlag{stored("f", true, 12.5)}, Ahead, "Serving “true” to 12.5%; the phase plans only 5%.", &State{On: true, Percent: 12.5}},
		{"off", on5, []domain.StoredFlag{stored("f", false, 5)}, Off, "Planned on at 5%, but the flag is off.", &State{On: false, Percent: 0}},
		{"unexpected on", domain.Expectation{}, []domain.StoredFlag{stored("f", true, 0)}, UnexpectedOn, "Planned off in this phase, but it is on", &State{On: true, Percent: 0}},
		{"off as planned", domain.Expectation{}, []domain.StoredFlag{stored("f", false, 100)}, OnPlan, "Off, as planned.", &State{On: false, Percent: 0}},
		{"missing flag", on5, []domain.StoredFlag{stored("other", true, 5)}, Missing, "f is not in the synced state of launchdarkly default/production", nil},
		{"stale", on5, []domain.StoredFlag{old}, Stale, "Last synced 3 days ago, longer than the 24 hours window", &State{On: true, Percent: 5}},
		{"required segment absent", domain.Expectation{On: true, Percent: 5, Segments: []string{"beta"}},
			[]domain.StoredFlag{stored("f", true, 5, "employees")}, Behind, "the required segment beta is not targeted", &State{On: true, Percent: 5}},
		{"required segment present", domain.Expectation{On: true, Percent: 5, Segments: []string{"beta"}},
			[]domain.StoredFlag{stored("f", true, 5, "beta", "employees")}, OnPlan, "as planned", &State{On: true, Percent: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(planWith(tt.expect, link("f")), tt.latest, now, DefaultStaleAfter)
			if r.Phase != "Beta 5%" || len(r.Flags) != 1 {
				t.Fatalf("report = %+v", r)
			}
			got := r.Flags[0]
			if got.Verdict != tt.want || !strings.Contains(got.Reason, tt.wantReason) {
				t.Errorf("verdict %s %q, want %s containing %q", got.Verdict, got.Reason, tt.want, tt.wantReason)
			}
			if (got.Actual == nil) != (tt.wantActual == nil) ||
				(got.Actual != nil && (got.Actual.On != tt.wantActual.On || got.Actual.Percent != tt.wantActual.Percent)) {
				t.Errorf("actual = %+v, want %+v", got.Actual, tt.wantActual)
			}
		})
	}
}

func TestEvaluateUsesOverridesAndSkipsUnplanned(t *testing.T) {
	staging := link("f")
	staging.Environment = "staging"
	plan := planWith(domain.Expectation{On: true, Percent: 5}, link("f"), staging)
	plan.Phases[1].FlagExpects = []domain.FlagExpectation{{FlagKey: "f", Environment: "staging", Expect: domain.Expectation{On: true, Percent: 100}}}
	stagingState := stored("f", true, 100)
	stagingState.Environment = "staging"
	r := Evaluate(plan, []domain.StoredFlag{stored("f", true, 5), stagingState}, now, DefaultStaleAfter)
	if r.Drifting() != 0 || len(r.Flags) != 2 || r.Flags[1].Expected.Percent != 100 {
		t.Fatalf("report = %+v", r)
	}

	plan.Phases[1].Expect = nil
	plan.Phases[1].FlagExpects = nil
	if r := Evaluate(plan, nil, now, DefaultStaleAfter); len(r.Flags) != 0 {
		t.Fatalf("links without an expectation were judged: %+v", r.Flags)
	}
	plan.Phases[1].Status = domain.PhasePlanned
	if r := Evaluate(plan, nil, now, DefaultStaleAfter); r.Phase != "" || r.Flags == nil {
		t.Fatalf("no active phase: %+v", r)
	}
}

func TestReportJSONContract(t *testing.T) {
	r := Evaluate(planWith(domain.Expectation{On: true, Percent: 5}, link("f"), link("gone")), []domain.StoredFlag{stored("f", true, 5)}, now, DefaultStaleAfter)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var generic struct {
		Release string           `json:"release"`
		Phase   string           `json:"phase"`
		Flags   []map[string]any `json:"flags"`
	}
	if err := json.Unmarshal(b, &generic); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"provider", "project", "environment", "key", "expected", "actual", "verdict", "reason"} {
		if _, ok := generic.Flags[0][key]; !ok {
			t.Errorf("flag JSON lacks %q: %s", key, b)
		}
	}
	if generic.Flags[1]["actual"] != nil {
		t.Errorf("missing flag's actual = %v, want null", generic.Flags[1]["actual"])
	}
	if r.Drifting() != 1 {
		t.Errorf("drifting = %d", r.Drifting())
	}
}
