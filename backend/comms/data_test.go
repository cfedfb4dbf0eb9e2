package comms

import (
	"testing"
	"time"

	"rolloutdesk/backend/domain"
)

func TestNewData(t *testing.T) {
	plan := testPlan()
	started := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	plan.Phases[0].StartedAt = &started
	evening := time.Date(2026, 3, 2, 21, 45, 0, 0, time.UTC)
	d := NewData(plan, plan.Phases[0], evening)
	if d.Release.Name != "Neuer Checkout" || d.Release.Key != "neuer-checkout" || d.Release.Owner != "dana@example.com" {
		t.Errorf("release %+v", d.Release)
	}
	if p := d.Phase; p.Name != "Früh dabei" || p.Percent != 5 || !p.Starts.Equal(started) || !p.Ends.Equal(*plan.Phases[0].PlannedEnd) || len(p.Segments) != 2 {
		t.Errorf("phase %+v: starts when started, else as planned", p)
	}
	if p := d.Phase; p.StartedAt != &started || p.EndedAt != nil || p.PlannedStart != plan.Phases[0].PlannedStart || p.PlannedEnd != plan.Phases[0].PlannedEnd {
		t.Errorf("phase %+v: actual dates beside the planned ones", p)
	}
	if d.Incident != nil || d.Rollback != nil {
		t.Errorf("a phase render sees an event: %+v %+v", d.Incident, d.Rollback)
	}
	if !d.Today.Equal(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("today %v", d.Today)
	}
	if len(d.Phases) != 2 || d.Phases[1].Ends != nil || d.Phases[1].Percent != 100 {
		t.Errorf("phases %+v", d.Phases)
	}
	wantFlags := []Flag{
		{Key: "new-checkout", Environment: "production", Provider: "launchdarkly", Project: "web", Variation: "true", On: true, Percent: 5},
		{Key: "new-checkout", Environment: "staging", Provider: "launchdarkly", Project: "web", Variation: "true", On: true, Percent: 100},
	}
	for i, f := range d.Flags {
		if f != wantFlags[i] {
			t.Errorf("flag %d: %+v, want %+v (the phase's expectation or its override)", i, f, wantFlags[i])
		}
	}
	if len(d.Links) != 2 {
		t.Errorf("links %v", d.Links)
	}
	noExpect := NewData(plan, domain.Phase{Name: "Bare"}, evening)
	if noExpect.Phase.Percent != 0 || noExpect.Flags[0].On || noExpect.Phase.Starts != nil {
		t.Errorf("a phase without expectation: %+v %+v", noExpect.Phase, noExpect.Flags[0])
	}
}
