package comms

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"rolloutdesk/backend/domain"
)

func TestSelectorMatches(t *testing.T) {
	phases := []domain.Phase{{Name: "Internal"}, {Name: "Beta"}, {Name: "5%"}, {Name: "GA"}}
	tests := []struct {
		front   string // the phase line of front matter
		want    string // the phases it picks, joined
		str     string
		missing string
	}{
		{`phase: Beta`, "Beta", "Beta", ""},
		{`phase: "*"`, "Internal,Beta,5%,GA", "*", ""},
		{``, "Internal,Beta,5%,GA", "*", ""},
		{`phase: [Beta, "5%"]`, "Beta,5%", `["Beta", "5%"]`, ""},
		{`phase: first`, "Internal", "first", ""},
		{`phase: last`, "GA", "last", ""},
		{`phase: {next-after: Beta}`, "5%", "next-after: Beta", ""},
		{`phase: "next-after: Internal"`, "Beta", "next-after: Internal", ""},
		{`phase: Beta 5%`, "", "Beta 5%", "Beta 5%"},
		{`phase: {next-after: GA}`, "", "next-after: GA", "a phase after GA"},
		{`phase: [Beta, Pilot]`, "Beta", `["Beta", "Pilot"]`, "Pilot"},
	}
	for _, tt := range tests {
		t.Run(tt.front, func(t *testing.T) {
			var fm struct {
				Phase yaml.Node `yaml:"phase"`
			}
			if err := yaml.Unmarshal([]byte(tt.front), &fm); err != nil {
				t.Fatal(err)
			}
			sel := Selector{all: true}
			if fm.Phase.Kind != 0 {
				var err error
				if sel, err = selectorFromNode(&fm.Phase); err != nil {
					t.Fatal(err)
				}
			}
			var got []string
			for i, p := range phases {
				if sel.Matches(phases, i) {
					got = append(got, p.Name)
				}
			}
			if strings.Join(got, ",") != tt.want || sel.String() != tt.str || strings.Join(sel.Missing(phases), ",") != tt.missing {
				t.Errorf("picks %v, writes %q, missing %v; want %s, %q, %q", got, sel.String(), sel.Missing(phases), tt.want, tt.str, tt.missing)
			}
			again, err := ParseSelector(sel.String())
			if err != nil || again.String() != sel.String() {
				t.Errorf("round trip of %q: %q, %v", sel.String(), again.String(), err)
			}
		})
	}
}

func TestSelectorRejects(t *testing.T) {
	for _, s := range []string{"[]", "next-after:", "{next-after: }", "[Beta, [x]]", "{before: Beta}"} {
		if _, err := ParseSelector(s); err == nil {
			t.Errorf("ParseSelector(%q) accepted", s)
		}
	}
}
