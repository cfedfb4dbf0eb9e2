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
		wantBody     string
	}{
		{"ok", "---\nchannel: email\nphase: GA\nsubject: Hi\n---\nBody\n", "", "GA", "Body\n"},
		{"phase defaults to every phase", "---\nchannel: in_app\n---\nX", "", "*", "X"},
		{"closing fence at end", "---\nchannel: support\n---", "", "*", ""},
		{"no front matter", "# Title\n", "t.md:1: a template starts with", "", ""},
		{"unclosed", "---\nchannel: email\n", "front matter has no closing", "", ""},
		{"bad channel", "---\nchannel: fax\n---\n", `channel "fax" is not one of`, "", ""},
		{"unknown key names its line", "---\nchannel: email\ncolour: red\n---\n", "t.md:3: front matter: field colour not found", "", ""},
		{"bad yaml names its line", "---\nchannel: email\nsubject: [oops\n---\n", "front matter: did not find expected", "", ""},
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
			if fm.Phase != tt.wantPhase || body != tt.wantBody {
				t.Errorf("phase %q body %q, want %q %q", fm.Phase, body, tt.wantPhase, tt.wantBody)
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
	tests := []struct {
		name, tplPhase, phase string
		want                  bool
	}{
		{"guide", "*", "Beta 5%", true},
		{"guide", "Beta 5%", "Beta 5%", true},
		{"guide", "beta 5%", "Beta 5%", false},
		{"guide", "GA", "Beta 5%", false},
		{"_footer", "*", "Beta 5%", false},
	}
	for _, tt := range tests {
		tpl := domain.Template{Name: tt.name, Phase: tt.tplPhase}
		if got := Applies(tpl, tt.phase); got != tt.want {
			t.Errorf("Applies(%s phase %q, %q) = %v", tt.name, tt.tplPhase, tt.phase, got)
		}
	}
}
