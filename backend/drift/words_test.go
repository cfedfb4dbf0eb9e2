package drift

import (
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
)

// TestReasonsSpeakTheProvidersWords checks that a Split flag's verdict says
// killed, treatment and traffic allocation, and a LaunchDarkly flag's says
// off and no Split words.
func TestReasonsSpeakTheProvidersWords(t *testing.T) {
	splitFlag := func(on bool, share float64) domain.StoredFlag {
		f := limited(share, 50, "false")
		f.On = on
		return f
	}
	tests := []struct {
		name       string
		link       domain.FlagLink
		expect     domain.Expectation
		flag       domain.StoredFlag
		wantReason string
		wantActual string
		absent     []string
	}{
		{"split killed against a plan", splitLink("f"), domain.Expectation{On: true, Percent: 5}, splitFlag(false, 10),
			"Planned on at 5%, but the feature flag is killed.", "Killed", []string{"off", "variation"}},
		{"split killed as planned", splitLink("f"), domain.Expectation{}, splitFlag(false, 10), "Killed, as planned.", "Killed", []string{"variation"}},
		{"split active though planned killed", splitLink("f"), domain.Expectation{}, splitFlag(true, 10),
			"Planned killed in this phase, but it is active, serving treatment “true” to 10% of 50% traffic allocation = 5%.", "On, 10% of 50% traffic allocation = 5%", []string{"variation"}},
		{"launchdarkly off against a plan", link("f"), domain.Expectation{On: true, Percent: 5}, stored("f", false, 10),
			"Planned on at 5%, but the flag is off.", "Off", []string{"killed", "treatment", "traffic allocation"}},
		{"launchdarkly on though planned off", link("f"), domain.Expectation{}, stored("f", true, 10),
			"Planned off in this phase, but it is on, serving “true” to 10%.", "On, 10%", []string{"killed", "treatment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(planWith(tt.expect, tt.link), []domain.StoredFlag{tt.flag}, now, DefaultStaleAfter).Flags[0]
			if got.Reason != tt.wantReason || got.ActualText != tt.wantActual {
				t.Errorf("reason %q, actual %q; want %q, %q", got.Reason, got.ActualText, tt.wantReason, tt.wantActual)
			}
			for _, word := range tt.absent {
				if strings.Contains(strings.ToLower(got.Reason), word) {
					t.Errorf("reason %q uses %q", got.Reason, word)
				}
			}
		})
	}
}
