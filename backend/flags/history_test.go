package flags

import (
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

func TestPointsMeasureAndName(t *testing.T) {
	t0 := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	state := func(on bool, share float64) provider.FlagState {
		return provider.FlagState{Provider: provider.LaunchDarkly, On: on, OffVariation: "false", TrafficAllocation: 100,
			Serving: []provider.Allocation{{Variation: "true", Percent: share}, {Variation: "false", Percent: 100 - share}}}
	}
	history := []domain.HistoryPoint{
		{ObservedAt: t0, State: state(true, 5)},
		{ObservedAt: t0.Add(time.Hour), State: state(false, 5)},
		{ObservedAt: t0.Add(2 * time.Hour), State: state(true, 0)},
	}
	kill := domain.AuditEvent{At: t0.Add(time.Hour + time.Millisecond), Actor: "dana", Action: domain.ActionFlagKill, Comment: "INC-7", Summary: "Killed"}
	late := domain.AuditEvent{At: t0.Add(2*time.Hour + time.Minute), Actor: "sam", Action: domain.ActionFlagRollout}
	early := domain.AuditEvent{At: t0.Add(-time.Minute), Actor: "kim", Action: domain.ActionFlagRestore}

	tests := []struct {
		name        string
		variation   string
		changes     []domain.AuditEvent
		wantPercent []float64
		wantActors  []string
	}{
		{"shares of true, 0 while off or at 0%", "true", nil, []float64{5, 0, 0}, []string{"", "", ""}},
		{"shares of false", "false", nil, []float64{95, 0, 100}, []string{"", "", ""}},
		{"no released variation measures 0", "", nil, []float64{0, 0, 0}, []string{"", "", ""}},
		{"a desk change names the state it recorded", "true", []domain.AuditEvent{kill}, []float64{5, 0, 0}, []string{"", "dana", ""}},
		{"changes too late or before the history name nothing", "true", []domain.AuditEvent{late, early}, []float64{5, 0, 0}, []string{"", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := points(history, tt.variation, tt.changes)
			var percents []float64
			var actors []string
			for _, p := range got {
				percents = append(percents, p.Percent)
				actor := ""
				if p.Change != nil {
					actor = p.Change.Actor
				}
				actors = append(actors, actor)
			}
			if !reflect.DeepEqual(percents, tt.wantPercent) || !reflect.DeepEqual(actors, tt.wantActors) {
				t.Errorf("points = %v by %q, want %v by %q", percents, actors, tt.wantPercent, tt.wantActors)
			}
		})
	}
	if got := points(history, "true", []domain.AuditEvent{kill})[1].Change; got.Comment != "INC-7" || got.Action != domain.ActionFlagKill {
		t.Errorf("change = %+v, want the kill's comment and action", got)
	}
}
