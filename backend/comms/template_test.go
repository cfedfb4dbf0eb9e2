package comms

import (
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
)

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name, source string
		wantErr      string
		wantPhase    string
		wantTrigger  domain.Trigger
		wantBody     string
	}{
		{"ok", "---\nchannel: email\nphase: GA\nsubject: Hi\n---\nBody\n", "", "GA", "phase", "Body\n"},
		{"phase defaults to every phase", "---\nchannel: in_app\n---\nX", "", "*", "phase", "X"},
		{"closing fence at end", "---\nchannel: support\n---", "", "*", "phase", ""},
		{"a list of phases", "---\nchannel: email\nphase: [Beta, \"Beta 5%\"]\n---\n", "", `["Beta", "Beta 5%"]`, "phase", ""},
		{"a position", "---\nchannel: email\nphase: last\n---\n", "", "last", "phase", ""},
		{"next-after as a mapping", "---\nchannel: email\nphase: {next-after: Internal}\n---\n", "", "next-after: Internal", "phase", ""},
		{"next-after as text", "---\nchannel: email\nphase: \"next-after: Beta\"\n---\n", "", "next-after: Beta", "phase", ""},
		{"an incident template", "---\nchannel: email\ntrigger: incident\n---\n", "", "*", "incident", ""},
		{"a rollback template", "---\nchannel: support\ntrigger: rollback\nphase: GA\n---\n", "", "GA", "rollback", ""},
		{"no front matter", "# Title\n", "t.md:1: a template starts with", "", "", ""},
		{"unclosed", "---\nchannel: email\n", "front matter has no closing", "", "", ""},
		{"bad channel", "---\nchannel: fax\n---\n", `channel "fax" is not one of`, "", "", ""},
		{"bad trigger names its line", "---\nchannel: email\nphase: GA\ntrigger: release\n---\n", `t.md:4: trigger "release" is not one of phase, incident, rollback`, "", "", ""},
		{"bad phase names its line", "---\nchannel: email\n\nphase: [Beta, [x]]\n---\n", "t.md:4: front matter: phase lists hold phase names", "", "", ""},
		{"empty phase list", "---\nchannel: email\nphase: []\n---\n", "t.md:3: front matter: phase list is empty", "", "", ""},
		{"unknown key names its line", "---\nchannel: email\ncolour: red\n---\n", "t.md:3: front matter: field colour not found", "", "", ""},
		{"bad yaml names its line", "---\nchannel: email\nsubject: [oops\n---\n", "front matter: did not find expected", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, body, err := ParseFrontMatter("t.md", tt.source)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "t.md") {
					t.Fatalf("err = %v, want one naming t.md and containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fm.Phase.String() != tt.wantPhase || fm.Trigger != tt.wantTrigger || body != tt.wantBody {
				t.Errorf("phase %q trigger %q body %q, want %q %q %q", fm.Phase, fm.Trigger, body, tt.wantPhase, tt.wantTrigger, tt.wantBody)
			}
		})
	}
}

func TestStarterTemplates(t *testing.T) {
	got, err := Starter()
	if err != nil {
		t.Fatal(err)
	}
	channels := map[string]int{}
	for _, tpl := range got {
		if !tpl.Builtin || tpl.Title == "" {
			t.Errorf("%s: builtin %v title %q", tpl.Name, tpl.Builtin, tpl.Title)
		}
		channels[string(tpl.Channel)]++
	}
	for _, c := range []string{"email", "in_app", "support"} {
		if channels[c] == 0 {
			t.Errorf("no starter template for channel %s", c)
		}
	}
}

func TestValidateName(t *testing.T) {
	for name, ok := range map[string]bool{
		"beta-invitation": true, "_footer": true, "GA.v2": true, "a_b": true,
		"": false, "_": false, "-x": false, "../x": false, "a/b": false, "x.md": false, "a b": false,
		"früh": false, strings.Repeat("a", 81): false,
	} {
		if err := ValidateName(name); (err == nil) != ok {
			t.Errorf("ValidateName(%q) = %v", name, err)
		}
	}
}

func TestApplies(t *testing.T) {
	phases := []domain.Phase{{Name: "Internal"}, {Name: "Beta 5%"}, {Name: "GA"}}
	tests := []struct {
		name, front string // the template's name and front matter lines
		trigger     domain.Trigger
		phase       int
		want        bool
	}{
		{"guide", `phase: "*"`, domain.TriggerPhase, 1, true},
		{"guide", `phase: Beta 5%`, domain.TriggerPhase, 1, true},
		{"guide", `phase: beta 5%`, domain.TriggerPhase, 1, false},
		{"guide", `phase: GA`, domain.TriggerPhase, 1, false},
		{"guide", `phase: [Internal, GA]`, domain.TriggerPhase, 2, true},
		{"guide", `phase: first`, domain.TriggerPhase, 0, true},
		{"guide", `phase: last`, domain.TriggerPhase, 1, false},
		{"guide", `phase: {next-after: Internal}`, domain.TriggerPhase, 1, true},
		{"guide", `phase: "*"`, domain.TriggerPhase, 3, false}, // no such phase
		{"_footer", `phase: "*"`, domain.TriggerPhase, 1, false},
		{"notice", "trigger: incident", domain.TriggerPhase, 1, false},
		{"notice", "trigger: incident", domain.TriggerIncident, 1, true},
		{"notice", "trigger: incident\nphase: GA", domain.TriggerIncident, 1, false},
		{"notice", "trigger: rollback", domain.TriggerIncident, 1, false},
		{"incident-faq", `phase: "*"`, domain.TriggerPhase, 1, true}, // names no longer decide
		{"incident-faq", `phase: "*"`, domain.TriggerIncident, 1, false},
	}
	for _, tt := range tests {
		tpl := tpl(t, tt.name, "---\nchannel: support\n"+tt.front+"\n---\n")
		if got := Applies(tpl, tt.trigger, phases, tt.phase); got != tt.want {
			t.Errorf("Applies(%s %q, %s, phase %d) = %v", tt.name, tt.front, tt.trigger, tt.phase, got)
		}
	}
}
