package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

func day(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

func samplePlan() domain.Plan {
	return domain.Plan{
		Release: domain.Release{Key: "new-checkout", Name: "New checkout", Description: "One-page checkout.", Owner: "dana@example.com"},
		Links: []domain.FlagLink{
			{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", FlagKey: "new-checkout", Variation: "true"},
			{Provider: provider.Split, Project: "Web Store", Environment: "Production", FlagKey: "checkout_v2", Variation: "on"},
		},
		Phases: []domain.Phase{
			{Name: "Internal", Status: domain.PhaseDone, Expect: &domain.Expectation{On: true}},
			{
				Name: "Beta 5%", Status: domain.PhaseActive, Audience: "Customers who opted into beta",
				PlannedStart: day("2026-12-01"), PlannedEnd: day("2026-12-07"),
				Expect: &domain.Expectation{On: true, Percent: 5},
				FlagExpects: []domain.FlagExpectation{{FlagKey: "checkout_v2", Environment: "Production",
					Expect: domain.Expectation{On: true, Percent: 10, Segments: []string{"beta_testers"}}}},
				Exit: []domain.ChecklistItem{{Text: "Error rate below 0.5%"}, {Text: "No P1 tickets for 3 days", Done: true}},
			},
			{Name: "GA", Expect: &domain.Expectation{On: true, Percent: 100}},
		},
	}
}

func TestSavePlanRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	want := samplePlan()
	if _, err := s.SavePlan(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetPlan(ctx, "new-checkout")
	if err != nil {
		t.Fatal(err)
	}
	if got.Release.Name != want.Release.Name || got.Release.Owner != want.Release.Owner {
		t.Errorf("release = %+v", got.Release)
	}
	if len(got.Links) != 2 || got.Links[1].Variation != "on" {
		t.Errorf("links = %+v", got.Links)
	}
	if len(got.Phases) != 3 {
		t.Fatalf("phases = %d", len(got.Phases))
	}
	beta := got.Phases[1]
	if beta.Status != domain.PhaseActive || !beta.PlannedStart.Equal(*want.Phases[1].PlannedStart) {
		t.Errorf("beta = %+v", beta)
	}
	if !reflect.DeepEqual(beta.FlagExpects, want.Phases[1].FlagExpects) || !reflect.DeepEqual(beta.Exit, want.Phases[1].Exit) {
		t.Errorf("beta expectations/exit = %+v / %+v", beta.FlagExpects, beta.Exit)
	}
	if e := beta.ExpectationFor(got.Links[0]); e == nil || e.Percent != 5 {
		t.Errorf("phase expectation for LaunchDarkly link = %+v, want 5%%", e)
	}
	if e := beta.ExpectationFor(got.Links[1]); e == nil || e.Percent != 10 {
		t.Errorf("override for Split link = %+v, want 10%%", e)
	}
	if got.ActivePhase().Name != "Beta 5%" {
		t.Errorf("active phase = %v", got.ActivePhase())
	}
	list, err := s.ListReleases(ctx)
	if err != nil || len(list) != 1 || list[0].ActivePhase != "Beta 5%" || list[0].Phases != 3 || list[0].Flags != 2 {
		t.Fatalf("list = %+v, %v", list, err)
	}
}

func TestSavePlanRejectsAndKeepsPrevious(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		corrupt func(*domain.Plan)
	}{
		{"two active phases", func(p *domain.Plan) { p.Phases[2].Status = domain.PhaseActive }},
		{"unknown flag in expectation", func(p *domain.Plan) { p.Phases[1].FlagExpects[0].FlagKey = "nope" }},
		{"duplicate phase name", func(p *domain.Plan) { p.Phases[2].Name = "Internal" }},
		{"empty name", func(p *domain.Plan) { p.Release.Name = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			if _, err := s.SavePlan(ctx, samplePlan()); err != nil {
				t.Fatal(err)
			}
			bad := samplePlan()
			bad.Release.Description = "changed"
			tt.corrupt(&bad)
			if _, err := s.SavePlan(ctx, bad); err == nil {
				t.Fatal("saved an invalid plan")
			}
			got, err := s.GetPlan(ctx, "new-checkout")
			if err != nil {
				t.Fatal(err)
			}
			if got.Release.Description != "One-page checkout." || len(got.Phases) != 3 {
				t.Errorf("previous plan was not kept: %+v", got.Release)
			}
		})
	}
}

func TestDeleteRelease(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.SavePlan(ctx, samplePlan()); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRelease(ctx, "new-checkout"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetPlan(ctx, "new-checkout"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get deleted: %v", err)
	}
	if err := s.DeleteRelease(ctx, "new-checkout"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("delete twice: %v", err)
	}
}
