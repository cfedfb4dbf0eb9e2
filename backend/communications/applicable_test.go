package communications_test

import (
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestTemplatesForAPhase(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	tests := []struct {
		phase   string
		channel domain.Channel
		want    []string
		wantErr string
	}{
		{"Beta 5%", domain.ChannelEmail, []string{"beta-invitation"}, ""},
		{"", domain.ChannelEmail, []string{"beta-invitation"}, ""}, // the active phase
		{"25%", domain.ChannelEmail, []string{}, ""},
		{"GA", "", []string{"ga-announcement", "in-app-banner", "known-issues", "support-guide"}, ""},
		{"Pilot", "", nil, `no phase "Pilot"`},
	}
	for _, tt := range tests {
		t.Run(tt.phase+"/"+string(tt.channel), func(t *testing.T) {
			got, err := w.Comms.TemplatesFor(ctx, demo.ReleaseKey, tt.phase, tt.channel)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			names := []string{}
			for _, tpl := range got {
				names = append(names, tpl.Name)
			}
			slices.Sort(names)
			if err != nil || got == nil || !slices.Equal(names, tt.want) {
				t.Errorf("TemplatesFor = %v, %v; want %v", names, err, tt.want)
			}
		})
	}
}

func TestCoverageReportsTemplatesForMissingPhases(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	if c, err := w.Comms.Coverage(ctx, demo.ReleaseKey); err != nil || !c.Clean() {
		t.Fatalf("the demo's coverage = %+v, %v; want it clean", c, err)
	}
	if _, err := w.Comms.SaveTemplate(ctx, "pilot-note", "---\nchannel: email\nphase: Pilot\nsubject: Hi\n---\nHi\n"); err != nil {
		t.Fatal(err)
	}
	workspacetest.EditDemo(t, w, func(plan *domain.Plan) { plan.Phases[0].Name = "Dogfood" })
	c, err := w.Comms.Coverage(ctx, demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, u := range c.Unmatched {
		missing = append(missing, u.Template+": "+strings.Join(u.Missing, ", "))
	}
	want := []string{"beta-invitation: a phase after Internal", "pilot-note: Pilot"}
	if !slices.Equal(missing, want) || !slices.Equal(c.Silent, []string{}) {
		t.Errorf("Coverage = %v, silent %v; want %v", missing, c.Silent, want)
	}
	if _, err := w.Comms.Coverage(ctx, "nope"); err == nil {
		t.Error("the coverage of an unknown release")
	}
}
