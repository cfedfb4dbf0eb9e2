package comms

import (
	"strings"
	"testing"
)

// TestPlainReason: each raw text/template error (after the file and line
// are taken off) and what the template's author reads instead.
func TestPlainReason(t *testing.T) {
	tests := []struct {
		raw  string
		want string
	}{
		{"at <.Release.Nme>: can't evaluate field Nme in type comms.Release",
			"the template uses {{.Release.Nme}}, which does not exist. Did you mean {{.Release.Name}}? Fields you can use here: {{.Release.Name}}, {{.Release.Key}}, {{.Release.Description}}, {{.Release.Owner}}"},
		{"at <.Release.name>: can't evaluate field name in type comms.Release",
			"the template uses {{.Release.name}}, which does not exist. Did you mean {{.Release.Name}}? Fields you can use here: {{.Release.Name}}, {{.Release.Key}}, {{.Release.Description}}, {{.Release.Owner}}"},
		{"at <.Keyy>: can't evaluate field Keyy in type comms.Flag",
			"the template uses {{.Keyy}}, which does not exist. Did you mean {{.Key}}? Fields you can use here: {{.Key}}, {{.Environment}}, {{.Provider}}, {{.Project}}, {{.Variation}}, {{.On}}, {{.Percent}}"},
		{"at <.Release.Name.X>: can't evaluate field X in type string",
			"the template uses {{.Release.Name.X}}, but {{.Release.Name}} is a text and has no fields: remove .X"},
		{"at <.Phase.Segments.X>: can't evaluate field X in type []string",
			"the template uses {{.Phase.Segments.X}}, but {{.Phase.Segments}} is a list and has no fields: remove .X"},
		{"at <.Incident.Flag>: nil pointer evaluating *comms.Incident.Flag",
			"the template uses {{.Incident.Flag}}, but {{.Incident}} is not there for this template: {{.Incident}} is set only in incident notices and {{.Rollback}} only in rollback notices; wrap the text in {{with .Incident}}…{{end}} to show it only when it is there"},
		{"at <date .Release.Name>: error calling date: date needs a time, got string",
			"{{date .Release.Name}} did not work: date needs a time, got string"},
		{`function "frob" not defined`,
			"there is no helper called “frob”. Helpers you can use: date, join, lower, plural, upper"},
		{`at <{{template "header" .}}>: template "header" not defined`,
			`{{template "header" .}} names the shared block “header”, which does not exist: a shared block is a template whose name starts with an underscore, such as _header`},
		{"unclosed action", "a {{ is not closed: add the }} that ends it"},
		{"unexpected EOF", "the template ends before an {{if}}, {{range}} or {{with}} is closed: add the {{end}} that closes it"},
		{"unexpected {{end}}", "this {{end}} has no {{if}}, {{range}} or {{with}} to close: remove it, or add the one it should close"},
		{"something text/template never said", "something text/template never said"},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			if got := plainReason(tt.raw); got != tt.want {
				t.Errorf("plainReason(%q) =\n  %s\nwant\n  %s", tt.raw, got, tt.want)
			}
		})
	}
}

// TestUnknownTopLevelField: a field unlike any lists every field of the
// data (which grows as features add values, so only some are checked).
func TestUnknownTopLevelField(t *testing.T) {
	got := plainReason("at <.Customer>: can't evaluate field Customer in type comms.Data")
	for _, want := range []string{"the template uses {{.Customer}}, which does not exist. Fields you can use here: {{.Release}}, {{.Phase}}, {{.Phases}}, {{.Flags}}", "{{.Incident}}", "{{.Rollback}}"} {
		if !strings.Contains(got, want) {
			t.Errorf("plainReason = %q, want it to contain %q", got, want)
		}
	}
	if strings.Contains(got, "Did you mean") {
		t.Errorf("plainReason = %q guesses a field far from Customer", got)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"name", "name", 0}, {"nme", "name", 1}, {"kitten", "sitting", 3}, {"", "abc", 3},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
