package readiness

import (
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/metrics"
)

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func ptr(t time.Time) *time.Time { return &t }

func check(s string) *domain.Check {
	c, err := domain.ParseCheck(s)
	if err != nil {
		panic(err)
	}
	return &c
}

// betaPlan is active in "Beta 5%" since 20 Nov, planned until 27 Nov, with
// the four kinds of exit criteria; "25%" needs one entry criterion.
func betaPlan() domain.Plan {
	return domain.Plan{
		Release: domain.Release{Key: "new-checkout"},
		Phases: []domain.Phase{
			{Name: "Internal", Status: domain.PhaseDone},
			{Name: "Beta 5%", Status: domain.PhaseActive, StartedAt: ptr(date("2026-11-20")), PlannedEnd: ptr(date("2026-11-27")),
				Exit: []domain.ChecklistItem{
					{Text: "Error rate below 0.5% for the last 3 days", Check: check("error_rate < 0.5"), OverDays: 3},
					{Text: "Conversion holds at 3.1% or more", Check: check("conversion >= 3.1"), Guardrail: true},
					{Text: "Support briefed", Done: true, By: "dana@example.com", At: ptr(date("2026-11-25"))},
				}},
			{Name: "25%", Status: domain.PhasePlanned, Entry: []domain.ChecklistItem{{Text: "Capacity reviewed", Done: true}}},
		},
	}
}

func series(metric string, first string, values ...float64) []metrics.Value {
	out := make([]metrics.Value, len(values))
	for i, v := range values {
		out[i] = metrics.Value{Metric: metric, Day: date(first).AddDate(0, 0, i), Value: v}
	}
	return out
}

func onPlan() drift.Report {
	return drift.Report{Phase: "Beta 5%", Flags: []drift.Flag{{Key: "new-checkout", Environment: "production", Verdict: drift.OnPlan}}}
}

func TestJudge(t *testing.T) {
	healthy := map[string][]metrics.Value{
		// 21–22 Nov break the error rate, but over: 3d looks only at 26–28 Nov.
		"error_rate": series("error_rate", "2026-11-21", 0.9, 0.8, 0.4, 0.4, 0.4, 0.3, 0.2, 0.1),
		"conversion": series("conversion", "2026-11-19", 1.0, 3.2, 3.3, 3.1),
	}
	tests := []struct {
		name    string
		edit    func(*Input)
		want    Verdict
		reasons []string // "kind status text" lines that must be among the reasons
	}{
		{"ready", func(*Input) {}, Ready, []string{
			"criterion pass Error rate below 0.5% for the last 3 days",
			"criterion pass Conversion holds at 3.1% or more",
			"criterion pass Support briefed",
			"criterion pass Capacity reviewed",
			"drift pass All 1 linked flags serve what Beta 5% plans",
			"schedule pass Ran its planned time (until 27 Nov 2026)",
		}},
		{"guardrail fails: roll back", func(in *Input) {
			in.Metrics["conversion"] = append(series("conversion", "2026-11-20", 3.2, 2.4), in.Metrics["conversion"]...)
		}, Rollback, []string{"criterion fail Conversion holds at 3.1% or more"}},
		{"no values: unknown holds", func(in *Input) { delete(in.Metrics, "error_rate") }, Hold,
			[]string{"criterion unknown Error rate below 0.5% for the last 3 days"}},
		{"open manual criterion holds", func(in *Input) { in.Plan.Phases[2].Entry[0].Done = false }, Hold,
			[]string{"criterion open Capacity reviewed"}},
		{"drifting flag holds", func(in *Input) {
			in.Drift.Flags[0].Verdict, in.Drift.Flags[0].Reason = drift.Behind, "Serving “true” to 2%; the phase plans 5%."
		}, Hold, []string{"drift fail new-checkout in production is behind plan"}},
		{"early holds", func(in *Input) { in.At = date("2026-11-25").Add(10 * time.Hour) }, Hold,
			[]string{"schedule open Planned to run until 27 Nov 2026; advancing early"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := map[string][]metrics.Value{}
			for k, v := range healthy {
				m[k] = append([]metrics.Value{}, v...)
			}
			in := Input{Plan: betaPlan(), Drift: onPlan(), Metrics: m, At: date("2026-11-28").Add(9 * time.Hour)}
			tt.edit(&in)
			got := Judge(in)
			if got.Verdict != tt.want || got.Phase != "Beta 5%" || got.Next != "25%" {
				t.Errorf("verdict %s (%s → %s), want %s; reasons %+v", got.Verdict, got.Phase, got.Next, tt.want, got.Reasons)
			}
			have := map[string]bool{}
			for _, r := range got.Reasons {
				have[string(r.Kind)+" "+string(r.Status)+" "+r.Text] = true
			}
			for _, want := range tt.reasons {
				if !have[want] {
					t.Errorf("no reason %q among %v", want, have)
				}
			}
		})
	}
}

func TestMeasuredEvidence(t *testing.T) {
	in := Input{Plan: betaPlan(), Drift: onPlan(), At: date("2026-11-28"), Metrics: map[string][]metrics.Value{
		"error_rate": series("error_rate", "2026-11-25", 0.4, 0.61, 0.7, 0.3),
		"conversion": series("conversion", "2026-11-19", 2.0, 3.2),
	}}
	got := Judge(in)
	errRate, conv := got.Reasons[0], got.Reasons[1]
	if want := "error_rate was 0.7 on 27 Nov 2026, which breaks error_rate < 0.5 (2 of 3 values in the last 3 days (from 26 Nov 2026 to 28 Nov 2026) fail)"; errRate.Detail != want {
		t.Errorf("detail %q\nwant   %q", errRate.Detail, want)
	}
	if ev := errRate.Evidence; ev == nil || len(ev.Values) != 3 || !ev.From.Equal(date("2026-11-26")) || ev.Values[0].Holds {
		t.Errorf("evidence = %+v", ev)
	}
	// 19 Nov is before the phase started on 20 Nov: its 2.0 does not count.
	if conv.Status != Pass || !strings.Contains(conv.Detail, "All 1 conversion values in the phase (from 20 Nov 2026 to 28 Nov 2026) hold conversion >= 3.1") {
		t.Errorf("conversion: %s %q", conv.Status, conv.Detail)
	}
}

func TestJudgeBeforeTheFirstPhaseAndAfterTheLast(t *testing.T) {
	plan := betaPlan()
	for i := range plan.Phases {
		plan.Phases[i].Status = domain.PhasePlanned
	}
	plan.Phases[0].PlannedStart = ptr(date("2026-12-01"))
	got := Judge(Input{Plan: plan, At: date("2026-11-28")})
	if got.Phase != "" || got.Next != "Internal" || got.Verdict != Hold || got.Reasons[len(got.Reasons)-1].Text != "Internal is planned to start on 1 Dec 2026; starting early" {
		t.Errorf("before the first phase: %+v", got)
	}
	plan.Phases[2].Status = domain.PhaseActive
	got = Judge(Input{Plan: plan, At: date("2026-11-28")})
	if got.Phase != "25%" || got.Next != "" || got.Verdict != Ready {
		t.Errorf("last phase: %+v", got)
	}
}

func TestAdoptionInformsOnly(t *testing.T) {
	in := Input{Plan: betaPlan(), Drift: onPlan(), At: date("2026-11-28"), Metrics: map[string][]metrics.Value{
		"error_rate": series("error_rate", "2026-11-26", 0.1),
		"conversion": series("conversion", "2026-11-26", 3.5),
	}, Adoption: []FlagAdoption{
		{Key: "new-checkout", Environment: "production", Configured: 25, Evaluations: 12000, ObservedShare: 24.1, Days: 7},
		{Key: "express-pay", Environment: "production", Configured: 25, Evaluations: 800, ObservedShare: 12, Days: 7},
		{Key: "split-flag", Environment: "Production", Unavailable: "Split's Admin API has no evaluation counts"},
	}}
	got := Judge(in)
	if got.Verdict != Ready {
		t.Errorf("adoption changed the verdict: %s", got.Verdict)
	}
	want := map[string]string{
		"new-checkout in production": "pass Configured 25%, observed 24.1% of 12000 evaluations in the last 7 days",
		"express-pay in production":  "fail Configured 25%, observed 12% of 800 evaluations in the last 7 days",
		"split-flag in Production":   "unknown Split's Admin API has no evaluation counts",
	}
	for _, r := range got.Reasons {
		if r.Kind != KindAdoption {
			continue
		}
		if w := want[r.Text]; string(r.Status)+" "+r.Detail != w {
			t.Errorf("%s: %s %q, want %q", r.Text, r.Status, r.Detail, w)
		}
		delete(want, r.Text)
	}
	if len(want) > 0 {
		t.Errorf("missing adoption reasons: %v", want)
	}
}
