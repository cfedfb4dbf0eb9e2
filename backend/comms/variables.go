package comms

import (
	"fmt"
	"strings"
)

// Variable is one value a template can use, as shown in the editor's
// variables panel.
type Variable struct {
	Name  string `json:"name"`  // as written in a template, e.g. {{.Release.Name}}
	Value string `json:"value"` // as it renders for the previewed phase
}

// Variables lists what a template sees for d, in the form a template writes
// it, with the text each renders to.
func Variables(d Data) []Variable {
	day := func(v any) string {
		text, err := date(v)
		if err != nil {
			return err.Error()
		}
		return text
	}
	vars := []Variable{
		{"{{.Release.Name}}", d.Release.Name},
		{"{{.Release.Key}}", d.Release.Key},
		{"{{.Release.Description}}", d.Release.Description},
		{"{{.Release.Owner}}", d.Release.Owner},
		{"{{.Phase.Name}}", d.Phase.Name},
		{"{{.Phase.Audience}}", d.Phase.Audience},
		{"{{.Phase.Percent}}", fmt.Sprint(d.Phase.Percent)},
		{"{{date .Phase.Starts}}", day(d.Phase.Starts)},
		{"{{date .Phase.Ends}}", day(d.Phase.Ends)},
		{"{{join .Phase.Segments \", \"}}", strings.Join(d.Phase.Segments, ", ")},
		{"{{date .Today}}", day(d.Today)},
	}
	for i, f := range d.Flags {
		vars = append(vars, Variable{
			Name:  fmt.Sprintf("{{(index .Flags %d).Key}}", i),
			Value: fmt.Sprintf("%s (%s, %s %s): %s %g%% of customers", f.Key, f.Environment, f.Provider, f.Project, f.Variation, f.Percent),
		})
	}
	return vars
}
