package comms

import (
	"fmt"
	"slices"
	"strings"

	"rolloutdesk/backend/domain"
)

// PhaseChanges says, one sentence each and in customers' terms, what
// phase cur changes for customers compared with prev, the phase before it
// (nil for the first phase): who has it, what share of customers gets each
// feature (see Features: production environments only, by name rather
// than flag key) and which customer groups (segments) it is limited to.
// Each sentence states cur's value and, where prev's differs, adds what it
// was.
func PhaseChanges(prev *domain.Phase, cur domain.Phase, plan domain.Plan) []string {
	var out []string
	was := func(now, before string) string {
		if prev == nil || now == before {
			return ""
		}
		return " (was: " + orNone(before) + ")"
	}
	var before domain.Phase
	if prev == nil {
		out = append(out, "First phase.")
	} else {
		before = *prev
	}
	out = append(out, sentence("Who has it: "+orNone(cur.Audience)+was(cur.Audience, before.Audience)))
	if envs := linkedElsewhere(plan); len(envs) > 0 {
		out = append(out, sentence("No customer sees it yet: its flags are linked in "+strings.Join(envs, ", ")+" only, not in production"))
	}
	for _, n := range productionLinks(plan) {
		s := customerChange(n.name, cur.ExpectationFor(n.link), prev != nil, before.ExpectationFor(n.link))
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	segs, segsBefore := segments(cur.Expect), segments(before.Expect)
	switch {
	case segs != "":
		out = append(out, sentence("Only customers in these groups get it: "+segs+was(segs, segsBefore)))
	case segsBefore != "":
		out = append(out, sentence("No longer limited to customer groups (was: "+segsBefore+")"))
	}
	return out
}

// customerChange says what customers get of a feature in a phase, such as
// "New checkout: 5% of customers get it (was 0%).", and when compare is set
// and the phase before expected something else, what that was.
func customerChange(name string, e *domain.Expectation, compare bool, before *domain.Expectation) string {
	s := name + ": "
	switch {
	case e == nil:
		s += "not planned in this phase"
	case !e.On:
		s += "switched off, no customer gets it"
	case e.Percent >= 100:
		s += "every customer gets it"
	default:
		s += fmt.Sprintf("%g%% of customers get it", e.Percent)
	}
	if !compare || sameState(e, before) {
		return sentence(s)
	}
	switch {
	case before == nil:
		s += " (was not planned)"
	case !before.On:
		s += " (was switched off)"
	default:
		s += fmt.Sprintf(" (was %g%%)", before.Percent)
	}
	return sentence(s)
}

// sameState reports whether two expectations agree on whether the flag is
// on and, when it is, on the share served.
func sameState(a, b *domain.Expectation) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.On == b.On && (!a.On || a.Percent == b.Percent)
}

// segments lists the segments an expectation requires, comma-separated.
func segments(e *domain.Expectation) string {
	if e == nil {
		return ""
	}
	return strings.Join(e.Segments, ", ")
}

// orNone is s, or "none" when s is empty.
func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// sentence ends s with exactly one full stop.
func sentence(s string) string {
	return strings.TrimRight(s, ". ") + "."
}
