package flags

import (
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

func TestListAndHistory(t *testing.T) {
	ctx := t.Context()
	st := storetest.Open(t)
	s := &Service{Store: st}
	state := func(env string, on bool) provider.FlagState {
		return provider.FlagState{Provider: provider.LaunchDarkly, Project: "web", Environment: env, Key: "checkout", On: on,
			Serving: []provider.Allocation{}, Segments: []string{}, Prerequisites: []provider.Prerequisite{}, TrafficAllocation: 100}
	}
	start := time.Now().Add(-time.Hour)
	for i, states := range [][]provider.FlagState{{state("production", false), state("staging", true)}, {state("production", true), state("staging", true)}} {
		if _, err := st.ApplySnapshot(ctx, store.Snapshot{Provider: provider.LaunchDarkly, Project: "web", States: states, At: start.Add(time.Duration(i) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	link := func(env string) domain.FlagLink {
		return domain.FlagLink{Provider: provider.LaunchDarkly, Project: "web", Environment: env, FlagKey: "checkout", Variation: "true"}
	}
	if _, err := st.SavePlan(ctx, domain.Plan{Release: domain.Release{Key: "checkout", Name: "Checkout"}, Links: []domain.FlagLink{link("production"), link("staging")},
		Phases: []domain.Phase{{Name: "Beta", Status: domain.PhaseActive}}}); err != nil {
		t.Fatal(err)
	}

	production, err := s.List(ctx, Filter{Environment: "production"})
	if err != nil || len(production) != 1 || !production[0].On {
		t.Errorf("List(production) = %+v, %v", production, err)
	}
	if r := production[0].Released; r.Variation != "true" || r.Assumed || r.Source != `variation "true" named by release checkout` {
		t.Errorf("released = %+v, want the link's variation", r)
	}

	// A kill audited just after the state it recorded names that state;
	// a failed one, or one of another flag, names nothing.
	id := provider.ID{Provider: provider.LaunchDarkly, Project: "web", Environment: "production", Key: "checkout"}
	for _, e := range []domain.AuditEvent{
		{At: start.Add(time.Minute + time.Millisecond), Actor: "dana", Action: domain.ActionFlagRestore, Subject: domain.FlagSubject(id), Comment: "INC-9"},
		{At: start.Add(time.Millisecond), Actor: "kim", Action: domain.ActionFlagKill + ".failed", Subject: domain.FlagSubject(id)},
		{At: start.Add(time.Millisecond), Actor: "sam", Action: domain.ActionFlagKill, Subject: "launchdarkly web/staging checkout"},
	} {
		if _, err := st.AppendAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	h, err := s.History(ctx, id)
	if err != nil || len(h.Points) != 2 || h.Released.Variation != "true" {
		t.Fatalf("History = %+v, %v", h, err)
	}
	if h.Points[0].Change != nil || h.Points[1].Change == nil || h.Points[1].Change.Actor != "dana" || h.Points[1].Change.Comment != "INC-9" {
		t.Errorf("history changes = %+v, %+v; want only the restore, by dana", h.Points[0].Change, h.Points[1].Change)
	}
	history, err := s.ReleaseHistory(ctx, "checkout")
	if err != nil || len(history) != 2 {
		t.Fatalf("ReleaseHistory = %+v, %v", history, err)
	}
	for i, tt := range []struct {
		env    string
		points int
	}{{"production", 2}, {"staging", 1}} {
		if history[i].Link.Environment != tt.env || len(history[i].Points) != tt.points {
			t.Errorf("history of %s = %+v, want %d points", tt.env, history[i], tt.points)
		}
	}
	if _, err := s.ReleaseHistory(ctx, "nope"); err == nil {
		t.Error("history of an unknown release")
	}
}
