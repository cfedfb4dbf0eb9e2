package verdicts

import (
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

// newService is a verdicts service over a database holding one release
// that plans flag checkout on at 5% in production, and that flag's state.
func newService(t *testing.T, on bool, percent float64) (*Service, *store.Store) {
	t.Helper()
	ctx := t.Context()
	st := storetest.Open(t)
	plan := domain.Plan{
		Release: domain.Release{Key: "checkout", Name: "Checkout"},
		Links:   []domain.FlagLink{{Provider: provider.LaunchDarkly, Project: "web", Environment: "production", FlagKey: "checkout", Variation: "true"}},
		Phases:  []domain.Phase{{Name: "Beta", Status: domain.PhaseActive, Expect: &domain.Expectation{On: true, Percent: 5}}},
	}
	if _, err := st.SavePlan(ctx, plan); err != nil {
		t.Fatal(err)
	}
	state := provider.FlagState{Provider: provider.LaunchDarkly, Project: "web", Environment: "production", Key: "checkout", On: on,
		Serving: []provider.Allocation{{Variation: "true", Percent: percent}, {Variation: "false", Percent: 100 - percent}}, OffVariation: "false",
		Segments: []string{}, Prerequisites: []provider.Prerequisite{}, TrafficAllocation: 100}
	if _, err := st.ApplySnapshot(ctx, store.Snapshot{Provider: provider.LaunchDarkly, Project: "web", States: []provider.FlagState{state}, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	return &Service{Store: st, Audit: &audit.Log{Store: st, Now: time.Now}, Now: time.Now}, st
}

func TestRecompute(t *testing.T) {
	tests := []struct {
		name    string
		on      bool
		percent float64
		want    drift.Verdict
	}{
		{"on plan", true, 5, drift.OnPlan},
		{"behind", true, 2, drift.Behind},
		{"killed", false, 5, drift.Off},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			s, st := newService(t, tt.on, tt.percent)
			changes, err := s.Recompute(ctx)
			if err != nil || len(changes) != 1 || changes[0].Flag.Verdict != tt.want || changes[0].Before != "" {
				t.Fatalf("first Recompute = %+v, %v; want one change to %s", changes, err, tt.want)
			}
			if again, err := s.Recompute(ctx); err != nil || len(again) != 0 {
				t.Errorf("second Recompute = %+v, %v; want no change", again, err)
			}
			events, err := st.ListAudit(ctx, domain.AuditFilter{Action: "drift.change"})
			if err != nil || len(events) != 1 || events[0].Actor != checker || !strings.Contains(string(events[0].After), string(tt.want)) {
				t.Errorf("audit = %+v, %v", events, err)
			}
		})
	}
}

func TestStaleAfter(t *testing.T) {
	ctx := t.Context()
	s, _ := newService(t, true, 5)
	if d, err := s.StaleAfter(ctx); err != nil || d != drift.DefaultStaleAfter {
		t.Fatalf("default = %s, %v", d, err)
	}
	if err := s.SetStaleAfter(ctx, time.Second); err == nil || !strings.Contains(err.Error(), "too short") {
		t.Errorf("a second: %v", err)
	}
	if err := s.SetStaleAfter(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	if d, err := s.StaleAfter(ctx); err != nil || d != 2*time.Hour {
		t.Errorf("after setting 2h: %s, %v", d, err)
	}
}
