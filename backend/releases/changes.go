package releases

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
)

// Change is one field of a plan an edit changed, each side as text; ""
// when the field was not there (a phase added or removed, a date cleared).
type Change struct {
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// Changes lists the fields that differ between two versions of a plan, in
// the order of the new plan, then what only the old one had. Fields are
// named as a person reads them: `phase "Beta 5%" starts`.
func Changes(before, after domain.Plan) []Change {
	was, is := planFields(before), planFields(after)
	old := map[string]string{}
	for _, f := range was {
		old[f.name] = f.value
	}
	var out []Change
	seen := map[string]bool{}
	for _, f := range is {
		seen[f.name] = true
		if old[f.name] != f.value {
			out = append(out, Change{Field: f.name, Before: old[f.name], After: f.value})
		}
	}
	for _, f := range was {
		if !seen[f.name] && f.value != "" {
			out = append(out, Change{Field: f.name, Before: f.value})
		}
	}
	return out
}

// field is one named field of a plan as text.
type field struct{ name, value string }

// planFields lists a plan's fields as text, leaving out what a plan file
// does not carry (ids, when phases started and ended).
func planFields(p domain.Plan) []field {
	fields := []field{
		{"name", p.Release.Name},
		{"description", p.Release.Description},
		{"owner", p.Release.Owner},
	}
	for _, l := range p.Links {
		fields = append(fields, field{fmt.Sprintf("flag %s in %s", l.FlagKey, l.Environment),
			fmt.Sprintf("%s %s, released variation %s", l.Provider, l.Project, l.Variation)})
	}
	names := make([]string, len(p.Phases))
	for i, ph := range p.Phases {
		names[i] = ph.Name
	}
	fields = append(fields, field{"phases", strings.Join(names, " → ")})
	for _, ph := range p.Phases {
		fields = append(fields, phaseFields(ph)...)
	}
	return fields
}

func phaseFields(ph domain.Phase) []field {
	at := func(what string) string { return fmt.Sprintf("phase %q %s", ph.Name, what) }
	fields := []field{
		{at("status"), string(ph.Status)},
		{at("starts"), dateText(ph.PlannedStart)},
		{at("ends"), dateText(ph.PlannedEnd)},
		{at("audience"), ph.Audience},
		{at("owner"), ph.Owner},
	}
	if ph.Expect != nil {
		fields = append(fields, field{at("expect"), expectText(*ph.Expect)})
	}
	for _, fe := range ph.FlagExpects {
		fields = append(fields, field{at(fmt.Sprintf("expect of flag %s in %s", fe.FlagKey, fe.Environment)), expectText(fe.Expect)})
	}
	for _, list := range []struct {
		name  string
		items []domain.ChecklistItem
	}{{"entry", ph.Entry}, {"exit", ph.Exit}} {
		fields = append(fields, field{at(list.name), strings.Join(eachText(list.items, criterionText), "; ")})
	}
	return fields
}

func dateText(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

// expectText is an expectation as "on, 5% + beta_testers" or "off".
func expectText(e domain.Expectation) string {
	if !e.On {
		return "off"
	}
	s := "on, " + strconv.FormatFloat(e.Percent, 'f', -1, 64) + "%"
	if len(e.Segments) > 0 {
		s += " + " + strings.Join(e.Segments, ", ")
	}
	return s
}

// criterionText is a criterion with how it is judged: "Errors low
// (error_rate < 0.5 over 3d, guardrail)" or "Support briefed (done by dana)".
func criterionText(it domain.ChecklistItem) string {
	var how []string
	if it.Check != nil {
		how = append(how, it.Check.String())
		if it.OverDays > 0 {
			how[0] += fmt.Sprintf(" over %dd", it.OverDays)
		}
	}
	if it.Guardrail {
		how = append(how, "guardrail")
	}
	if it.Done {
		how = append(how, strings.TrimSpace("done "+byText(it)))
	}
	if len(how) == 0 {
		return it.Text
	}
	return fmt.Sprintf("%s (%s)", it.Text, strings.Join(how, ", "))
}

func byText(it domain.ChecklistItem) string {
	return strings.Join(slices.DeleteFunc([]string{prefixed("by ", it.By), prefixed("on ", dateText(it.At))}, func(s string) bool { return s == "" }), " ")
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

func eachText[T any](xs []T, f func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// changeSummary is the audit summary of an edit: the release and the
// fields it changed, or that it changed nothing.
func changeSummary(key string, changes []Change) string {
	if len(changes) == 0 {
		return fmt.Sprintf("Edited release %s: nothing changed", key)
	}
	names := eachText(changes, func(c Change) string { return c.Field })
	noun := "change"
	if len(changes) != 1 {
		noun = "changes"
	}
	return fmt.Sprintf("Edited release %s (%d %s): %s", key, len(changes), noun, strings.Join(names, ", "))
}
