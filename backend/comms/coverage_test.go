package comms

import (
	"reflect"
	"testing"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
)

func TestCheckCoverage(t *testing.T) {
	starter, err := Starter()
	if err != nil {
		t.Fatal(err)
	}
	betaFive := tpl(t, "beta-five", "---\nchannel: email\nphase: Beta 5%\nsubject: S\n---\nx\n")
	pair := tpl(t, "pair", "---\nchannel: in_app\nphase: [Beta, Pilot]\n---\nx\n")
	afterGA := tpl(t, "after-ga", "---\nchannel: support\ntrigger: rollback\nphase: {next-after: GA}\n---\nx\n")
	guide := tpl(t, "guide", "---\nchannel: support\n---\nx\n")
	notice := tpl(t, "notice", "---\nchannel: email\ntrigger: incident\nsubject: S\n---\nx\n")
	footer := tpl(t, "_footer", "---\nchannel: email\nphase: Nowhere\n---\nx\n")
	tests := []struct {
		name          string
		plan          domain.Plan
		templates     []domain.Template
		wantUnmatched []Unmatched
		wantSilent    []string
	}{
		{"the starter set suits the demo", demo.Plan(testNow), starter, []Unmatched{}, []string{}},
		{"positions follow a release named otherwise", threePhases(), starter, []Unmatched{}, []string{}},
		{"templates for phases the release lacks are reported", threePhases(), []domain.Template{betaFive, pair, afterGA, guide, footer},
			[]Unmatched{
				{Template: "beta-five", Channel: domain.ChannelEmail, Trigger: domain.TriggerPhase, Phase: "Beta 5%", Missing: []string{"Beta 5%"}, Applies: []string{}},
				{Template: "pair", Channel: domain.ChannelInApp, Trigger: domain.TriggerPhase, Phase: `["Beta", "Pilot"]`, Missing: []string{"Pilot"}, Applies: []string{"Beta"}},
				{Template: "after-ga", Channel: domain.ChannelSupport, Trigger: domain.TriggerRollback, Phase: "next-after: GA", Missing: []string{"a phase after GA"}, Applies: []string{}},
			},
			[]string{"Internal", "5%"}},
		{"support guides and event notices tell no customer of a phase", threePhases(), []domain.Template{guide, notice},
			[]Unmatched{}, []string{"Internal", "Beta", "5%"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckCoverage(tt.plan, tt.templates)
			if !reflect.DeepEqual(got.Unmatched, tt.wantUnmatched) || !reflect.DeepEqual(got.Silent, tt.wantSilent) {
				t.Errorf("CheckCoverage =\n%+v\n%v\nwant\n%+v\n%v", got.Unmatched, got.Silent, tt.wantUnmatched, tt.wantSilent)
			}
			if got.Clean() != (len(tt.wantUnmatched) == 0 && len(tt.wantSilent) == 0) || got.Release != tt.plan.Release.Key {
				t.Errorf("Clean = %v for %s", got.Clean(), got.Release)
			}
		})
	}
}
