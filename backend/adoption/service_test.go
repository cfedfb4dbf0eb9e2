package adoption

import (
	"context"
	"fmt"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

// readerFunc is a provider.UsageReader from a function.
type readerFunc func(key string, from, to time.Time) ([]provider.UsageDay, error)

func (f readerFunc) EvaluationUsage(_ context.Context, _, _, key string, from, to time.Time) ([]provider.UsageDay, error) {
	return f(key, from, to)
}

func date(s string) time.Time {
	d, _ := time.Parse(time.DateOnly, s)
	return d
}

func TestRefreshFlagsAndMetrics(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	now := date("2026-11-28").Add(15 * time.Hour)
	link := func(p, key string) domain.FlagLink {
		return domain.FlagLink{Provider: p, Project: "web", Environment: "production", FlagKey: key, Variation: "true"}
	}
	plan := domain.Plan{Release: domain.Release{Key: "r"}, Links: []domain.FlagLink{
		link(provider.LaunchDarkly, "checkout"), link(provider.Split, "banner"), link(provider.LaunchDarkly, "broken")}}
	if _, err := st.ApplySnapshot(ctx, store.Snapshot{Provider: provider.LaunchDarkly, Project: "web", Environments: []string{"production"}, At: now,
		States: []provider.FlagState{{Provider: provider.LaunchDarkly, Project: "web", Environment: "production", Key: "checkout", On: true,
			Serving: []provider.Allocation{{Variation: "true", Percent: 25}, {Variation: "false", Percent: 75}}, TrafficAllocation: 100, Prerequisites: []provider.Prerequisite{}}}}); err != nil {
		t.Fatal(err)
	}
	var asked [2]time.Time
	s := &Service{Store: st, Now: func() time.Time { return now }, Reader: func(_ context.Context, l domain.FlagLink) (provider.UsageReader, error) {
		switch {
		case l.Provider == provider.Split:
			return nil, fmt.Errorf("split: %w: its Admin API has no evaluation counts", provider.ErrUsageUnavailable)
		case l.FlagKey == "broken":
			return readerFunc(func(string, time.Time, time.Time) ([]provider.UsageDay, error) {
				return nil, fmt.Errorf("HTTP 500")
			}), nil
		}
		return readerFunc(func(_ string, from, to time.Time) ([]provider.UsageDay, error) {
			asked = [2]time.Time{from, to}
			return []provider.UsageDay{
				{Day: date("2026-11-20"), Variation: "true", Evaluations: 100}, {Day: date("2026-11-20"), Variation: "false", Evaluations: 300},
				{Day: date("2026-11-27"), Variation: "true", Evaluations: 241}, {Day: date("2026-11-27"), Variation: "false", Evaluations: 759},
			}, nil
		}), nil
	}}
	err := s.Refresh(ctx, plan)
	if err == nil || err.Error() != "usage of broken in production: HTTP 500" {
		t.Errorf("refresh error = %v, want only the broken flag's", err)
	}
	if !asked[0].Equal(date("2026-10-30")) || !asked[1].Equal(date("2026-11-29")) {
		t.Errorf("asked for %v – %v, want the 30 days up to today", asked[0], asked[1])
	}
	flags, err := s.Flags(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	checkout := flags[0]
	if checkout.Configured != 25 || checkout.Evaluations != 1000 || checkout.ObservedShare != 24.1 || checkout.Unavailable != "" {
		t.Errorf("checkout = %+v, want configured 25%%, 24.1%% of the last 7 days' 1000 evaluations", checkout)
	}
	if flags[1].Unavailable != "split: evaluation counts are not available from the provider: its Admin API has no evaluation counts" {
		t.Errorf("banner = %+v", flags[1])
	}
	if flags[2].Unavailable == "" {
		t.Errorf("a flag never read must say so: %+v", flags[2])
	}
	m, err := s.Metrics(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	if share := m[MetricReleasedShare]; len(share) != 2 || share[0].Value != 25 || share[1].Value != 24.1 || m[MetricEvaluations][1].Value != 1000 {
		t.Errorf("metrics = %+v", m)
	}
}

func TestFlagsCountOnlyTheActivePhase(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	now := date("2026-11-28").Add(15 * time.Hour)
	started := date("2026-11-26")
	l := domain.FlagLink{Provider: provider.LaunchDarkly, Project: "web", Environment: "production", FlagKey: "checkout", Variation: "true"}
	plan := domain.Plan{Release: domain.Release{Key: "r"}, Links: []domain.FlagLink{l},
		Phases: []domain.Phase{{Name: "Beta", Status: domain.PhaseActive, StartedAt: &started}}}
	id := provider.ID{Provider: l.Provider, Project: l.Project, Environment: l.Environment, Key: l.FlagKey}
	if err := st.SaveUsage(ctx, id, []provider.UsageDay{
		{Day: date("2026-11-24"), Variation: "true", Evaluations: 1000}, // before the phase: all of it got true
		{Day: date("2026-11-27"), Variation: "true", Evaluations: 10}, {Day: date("2026-11-27"), Variation: "false", Evaluations: 90},
	}); err != nil {
		t.Fatal(err)
	}
	s := &Service{Store: st, Now: func() time.Time { return now }}
	flags, err := s.Flags(ctx, plan)
	if err != nil || len(flags) != 1 || flags[0].Evaluations != 100 || flags[0].ObservedShare != 10 || flags[0].Days != 3 {
		t.Errorf("Flags = %+v, %v; want only the 100 evaluations since the phase began, over its 3 days", flags, err)
	}
}

func TestRefreshProjectReadsOnlyThatProject(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	link := func(project, key string) domain.FlagLink {
		return domain.FlagLink{Provider: provider.LaunchDarkly, Project: project, Environment: "production", FlagKey: key, Variation: "true"}
	}
	for _, p := range []domain.Plan{
		{Release: domain.Release{Key: "a", Name: "A"}, Links: []domain.FlagLink{link("web", "checkout"), link("mobile", "wallet")}},
		{Release: domain.Release{Key: "b", Name: "B"}, Links: []domain.FlagLink{link("web", "checkout")}},
	} {
		if _, err := st.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	var asked []string
	s := &Service{Store: st, Now: time.Now, Reader: func(_ context.Context, l domain.FlagLink) (provider.UsageReader, error) {
		asked = append(asked, l.Project+"/"+l.FlagKey)
		return readerFunc(func(string, time.Time, time.Time) ([]provider.UsageDay, error) { return nil, nil }), nil
	}}
	if err := s.RefreshProject(ctx, provider.LaunchDarkly, "web"); err != nil {
		t.Fatal(err)
	}
	if len(asked) != 1 || asked[0] != "web/checkout" {
		t.Errorf("read %v, want only web/checkout, once", asked)
	}
}
