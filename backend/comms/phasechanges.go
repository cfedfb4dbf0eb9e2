package comms

import (
	"fmt"
	"strings"

	"rolloutdesk/backend/domain"
)

// PhaseChanges says, one sentence each, what phase cur sets compared with
// prev, the phase before it (nil for the first phase): its audience, what
// it expects of each linked flag, its required segments and its exit
// criteria. Each sentence states cur's value and, where prev's differs,
// adds what it was.
func PhaseChanges(prev *domain.Phase, cur domain.Phase, links []domain.FlagLink) []string {
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
	out = append(out, sentence("Audience: "+orNone(cur.Audience)+was(cur.Audience, before.Audience)))
	for _, l := range links {
		out = append(out, flagChange(l, cur.ExpectationFor(l), prev != nil, before.ExpectationFor(l)))
	}
	segs, segsBefore := segments(cur.Expect), segments(before.Expect)
	if segs != "" || segsBefore != "" {
		out = append(out, sentence("Required segments: "+orNone(segs)+was(segs, segsBefore)))
	}
	if len(cur.Exit) > 0 {
		items := make([]string, len(cur.Exit))
		for i, c := range cur.Exit {
			items[i] = strings.TrimRight(c.Text, ". ")
		}
		out = append(out, sentence("Exit criteria: "+strings.Join(items, "; ")))
	}
	return out
}

// flagChange says what a phase expects of a linked flag, such as
// "new-checkout in production: 5% of customers get “true” (was 0%).", and
// when compare is set and the phase before expected something else, what
// that was.
func flagChange(l domain.FlagLink, e *domain.Expectation, compare bool, before *domain.Expectation) string {
	s := fmt.Sprintf("%s in %s", l.FlagKey, l.Environment)
	switch {
	case e == nil:
		s += " has no planned state"
	case !e.On:
		s += " is planned off"
	default:
		s += fmt.Sprintf(": %g%% of customers get “%s”", e.Percent, l.Variation)
	}
	if !compare || sameState(e, before) {
		return sentence(s)
	}
	switch {
	case before == nil:
		s += " (was not planned)"
	case !before.On:
		s += " (was off)"
	case e != nil && e.On:
		s += fmt.Sprintf(" (was %g%%)", before.Percent)
	default:
		s += fmt.Sprintf(" (was on at %g%%)", before.Percent)
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
