package domain

import (
	"strings"
	"testing"
)

func TestPlanPhase(t *testing.T) {
	phases := []Phase{{Name: "Internal", Status: PhaseDone}, {Name: "Beta", Status: PhaseActive}, {Name: "GA", Status: PhasePlanned}}
	tests := []struct {
		name    string
		plan    Plan
		phase   string
		want    string
		wantErr string
	}{
		{"by name", Plan{Phases: phases}, "GA", "GA", ""},
		{"active", Plan{Phases: phases}, "", "Beta", ""},
		{"first when none is active", Plan{Phases: []Phase{{Name: "Internal"}, {Name: "GA"}}}, "", "Internal", ""},
		{"unknown", Plan{Release: Release{Key: "checkout"}, Phases: phases}, "Pilot", "", `release checkout has no phase "Pilot"`},
		{"no phases", Plan{Release: Release{Key: "checkout"}}, "", "", `has no phase ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.plan.Phase(tt.phase)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got.Name != tt.want {
				t.Fatalf("Phase(%q) = %q, %v; want %q", tt.phase, got.Name, err, tt.want)
			}
		})
	}
}
