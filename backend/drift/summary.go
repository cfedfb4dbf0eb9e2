package drift

import (
	"fmt"
	"slices"
	"strings"
)

// Changed keeps the changes that tell something new: a verdict that
// differs from the one before, or a flag judged for the first time that is
// not on plan. Re-judging after a phase move lists every flag again, also
// those whose verdict stayed the same; those are left out.
func Changed(changes []Change) []Change {
	out := []Change{}
	for _, c := range changes {
		if c.Flag.Verdict == c.Before || (c.Before == "" && c.Flag.Verdict == OnPlan) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// Text words one change: "new-checkout: express-pay (production) now on
// plan" or "… is now behind plan (was on plan)".
func (c Change) Text() string {
	where := fmt.Sprintf("%s: %s (%s)", c.Release, c.Flag.Key, c.Flag.Environment)
	switch {
	case c.Flag.Verdict == OnPlan:
		return where + " now on plan"
	case c.Before == "":
		return fmt.Sprintf("%s is %s", where, Label(c.Flag.Verdict))
	default:
		return fmt.Sprintf("%s is now %s (was %s)", where, Label(c.Flag.Verdict), Label(c.Before))
	}
}

// Summary is a batch of changes in a few words, for one notification.
type Summary struct {
	// Title counts the changes: "1 flag changed", "3 flags changed".
	Title string
	// Lines word the first few changes (see Change.Text).
	Lines []string
	// More is how many changes Lines leaves out.
	More int
	// AllOnPlan is set when every change brought a flag back on plan.
	AllOnPlan bool
}

// SummaryLines is how many changes a Summary words; the rest it counts.
const SummaryLines = 3

// Summarize words changes (already filtered by Changed) for one
// notification.
func Summarize(changes []Change) Summary {
	s := Summary{AllOnPlan: true}
	if len(changes) == 1 {
		s.Title = "1 flag changed"
	} else {
		s.Title = fmt.Sprintf("%d flags changed", len(changes))
	}
	for i, c := range changes {
		if c.Flag.Verdict != OnPlan {
			s.AllOnPlan = false
		}
		if i < SummaryLines {
			s.Lines = append(s.Lines, c.Text())
		}
	}
	s.More = max(0, len(changes)-SummaryLines)
	return s
}

// Body is the lines and the count of the rest as one text, for a desktop
// notification: "a; b; c; and 2 more".
func (s Summary) Body() string {
	parts := slices.Clone(s.Lines)
	if s.More > 0 {
		parts = append(parts, fmt.Sprintf("and %d more", s.More))
	}
	return strings.Join(parts, "; ")
}
