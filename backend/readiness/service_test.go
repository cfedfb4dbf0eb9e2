package readiness

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/problems"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

func newService(t *testing.T, now time.Time) (*Service, *store.Store) {
	t.Helper()
	st := storetest.Open(t)
	plan := betaPlan()
	plan.Release.Name = "New checkout"
	if _, err := st.SavePlan(context.Background(), plan); err != nil {
		t.Fatal(err)
	}
	s := &Service{
		Store: st,
		Drift: func(context.Context) (func(domain.Plan) drift.Report, error) {
			return func(p domain.Plan) drift.Report { return drift.Evaluate(p, nil, now, time.Hour) }, nil
		},
		Now:   func() time.Time { return now },
		Actor: func() string { return "dana" },
	}
	return s, st
}

func auditSummaries(t *testing.T, st *store.Store, action string) []string {
	t.Helper()
	events, err := st.ListAudit(context.Background(), domain.AuditFilter{Action: action})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range events {
		out = append(out, e.Summary)
	}
	return out
}

// TestGuardrailBlocksThenImportCorrects walks the go/no-go loop: a failing
// guardrail says roll back, a bad file changes nothing, a corrected export
// makes the phase ready, and every verdict change is audited.
func TestGuardrailBlocksThenImportCorrects(t *testing.T) {
	ctx := context.Background()
	s, st := newService(t, date("2026-11-28").Add(9*time.Hour))
	res, err := s.ImportMetrics(ctx, "new-checkout", "amplitude.csv", strings.NewReader(
		"date,error_rate,conversion\n2026-11-26,0.3,3.2\n2026-11-27,0.2,2.9\n2026-11-28,0.1,3.3\n"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 6 || len(res.Changes) != 1 || res.Changes[0].After != Rollback {
		t.Fatalf("import = %+v", res)
	}
	_, err = s.ImportMetrics(ctx, "new-checkout", "broken.csv", strings.NewReader("date,conversion\n2026-11-27,lots\n"))
	var perr *problems.Error
	if !errors.As(err, &perr) || err.Error() != `broken.csv:2: conversion value "lots" is not a number` {
		t.Fatalf("broken file: %v", err)
	}
	if got, _ := s.Judge(ctx, "new-checkout", time.Time{}); got.Verdict != Rollback {
		t.Fatalf("a refused file changed the verdict: %s", got.Verdict)
	}
	res, err = s.ImportMetrics(ctx, "new-checkout", "amplitude-fixed.csv", strings.NewReader("date,metric,value\n2026-11-27,conversion,3.15%\n"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Replaced != 1 || len(res.Changes) != 1 || res.Changes[0].Before != Rollback || res.Changes[0].After != Ready {
		t.Fatalf("corrected import = %+v", res)
	}
	want := []string{
		"Readiness of new-checkout (Beta 5%) changed from rollback to ready",
		"Readiness of new-checkout (Beta 5%): rollback: 1 failing",
	}
	if got := auditSummaries(t, st, "readiness.change"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("audit = %q, want %q", got, want)
	}
	if changes, err := s.Recheck(ctx); err != nil || len(changes) != 0 {
		t.Errorf("a recheck with nothing new changed %+v, %v", changes, err)
	}
}

func TestTickCriterion(t *testing.T) {
	ctx := context.Background()
	now := date("2026-11-28").Add(9 * time.Hour)
	s, st := newService(t, now)
	if _, err := s.TickCriterion(ctx, "new-checkout", "25%", "Capacity reviewed", false); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Judge(ctx, "new-checkout", time.Time{})
	if got.Verdict != Hold {
		t.Errorf("after unticking: %s", got.Verdict)
	}
	ticked, err := s.TickCriterion(ctx, "new-checkout", "25%", "Capacity reviewed", true)
	if err != nil {
		t.Fatal(err)
	}
	item := ticked.Plan.Phases[2].Entry[0]
	if !item.Done || item.By != "dana" || item.At == nil || !item.At.Equal(now) {
		t.Errorf("ticked item = %+v", item)
	}
	stored, _ := st.GetPlan(ctx, "new-checkout")
	if !stored.Phases[2].Entry[0].Done {
		t.Error("the tick was not saved")
	}
	errs := []struct {
		phase, text, want string
	}{
		{"Beta", "x", `release new-checkout has no phase "Beta"; its phases are Internal, Beta 5%, 25%`},
		{"Beta 5%", "Nope", `release new-checkout: phase "Beta 5%" has no criterion "Nope"; it has "Error rate below 0.5% for the last 3 days", "Conversion holds at 3.1% or more", "Support briefed"`},
		{"Beta 5%", "Conversion holds at 3.1% or more", `release new-checkout, phase "Beta 5%": "Conversion holds at 3.1% or more" is measured by conversion >= 3.1 and cannot be ticked; import or enter conversion values instead`},
	}
	for _, e := range errs {
		if _, err := s.TickCriterion(ctx, "new-checkout", e.phase, e.text, true); err == nil || err.Error() != e.want {
			t.Errorf("tick %q/%q: %v\nwant %s", e.phase, e.text, err, e.want)
		}
	}
	if got := auditSummaries(t, st, "criterion.tick"); strings.Join(got, "|") != `Ticked "Capacity reviewed" in 25%|Unticked "Capacity reviewed" in 25%` {
		t.Errorf("audit = %q", got)
	}
}

func TestEnterMetric(t *testing.T) {
	ctx := context.Background()
	s, st := newService(t, date("2026-11-28"))
	if _, err := s.EnterMetric(ctx, "new-checkout", "Error Rate", date("2026-11-27"), 0.2); err == nil || !strings.Contains(err.Error(), "is not a metric name") {
		t.Errorf("bad name: %v", err)
	}
	res, err := s.EnterMetric(ctx, "new-checkout", "error_rate", date("2026-11-27").Add(15*time.Hour), 0.2)
	if err != nil || res.Added != 1 {
		t.Fatalf("enter = %+v, %v", res, err)
	}
	values, _ := st.MetricValues(ctx, "new-checkout")
	if len(values) != 1 || !values[0].Day.Equal(date("2026-11-27")) || values[0].Source != "entered in the app" {
		t.Errorf("stored %+v", values)
	}
}

func TestBuiltInMetrics(t *testing.T) {
	ctx := context.Background()
	s, st := newService(t, date("2026-11-28").Add(9*time.Hour))
	plan, _ := st.GetPlan(ctx, "new-checkout")
	plan.Phases[1].Exit = []domain.ChecklistItem{{Text: "Few complaints", Check: check("feedback_negative_share < 20")}}
	if _, err := st.SavePlan(ctx, plan); err != nil {
		t.Fatal(err)
	}
	share := 35.0
	s.BuiltIns = []BuiltIn{{Names: []string{"feedback_negative_share"}, From: "customer feedback",
		Values: func(context.Context, domain.Plan) (map[string][]metrics.Value, error) {
			return map[string][]metrics.Value{"feedback_negative_share": series("feedback_negative_share", "2026-11-25", share)}, nil
		}}}
	got, err := s.Judge(ctx, "new-checkout", time.Time{})
	if err != nil || got.Verdict != Hold || got.Reasons[0].Status != Fail {
		t.Fatalf("35%% negative: %+v, %v", got, err)
	}
	share = 10
	if got, _ := s.Judge(ctx, "new-checkout", time.Time{}); got.Reasons[0].Status != Pass {
		t.Errorf("10%% negative: %+v", got.Reasons[0])
	}
	_, err = s.ImportMetrics(ctx, "new-checkout", "m.csv", strings.NewReader("date,feedback_negative_share\n2026-11-27,1\n"))
	if err == nil || err.Error() != "m.csv: feedback_negative_share is computed by Rollout Desk from customer feedback; it cannot be imported or entered: rename it" {
		t.Errorf("importing a built-in metric: %v", err)
	}
}
