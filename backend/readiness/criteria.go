package readiness

import (
	"fmt"
	"strconv"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
)

// criteria judges one list of a phase's criteria.
func criteria(phase domain.Phase, list string, items []domain.ChecklistItem, in Input) []Reason {
	out := make([]Reason, 0, len(items))
	for _, it := range items {
		r := Reason{Kind: KindCriterion, Text: it.Text, Phase: phase.Name, List: list, Guardrail: it.Guardrail}
		if it.Measured() {
			r.Status, r.Detail, r.Evidence = measure(it, windowStart(phase), windowEnd(phase, in.At), in.Metrics[it.Check.Metric])
		} else {
			r.Status, r.Detail = manual(it)
		}
		out = append(out, r)
	}
	return out
}

// manual judges a criterion a person ticks.
func manual(it domain.ChecklistItem) (Status, string) {
	if !it.Done {
		return Open, "Not ticked yet: tick it in the app or with rolloutdesk criteria tick"
	}
	detail := "Ticked"
	if it.By != "" {
		detail += " by " + it.By
	}
	if it.At != nil {
		detail += " on " + day(*it.At)
	}
	return Pass, detail
}

// windowStart is when a phase's window opens: when it actually started, else
// when it was planned to; nil when neither is known.
func windowStart(phase domain.Phase) *time.Time {
	if phase.StartedAt != nil {
		return phase.StartedAt
	}
	return phase.PlannedStart
}

// windowEnd is when a phase's window closes: when it ended, if it ended
// before at, else at.
func windowEnd(phase domain.Phase, at time.Time) time.Time {
	if phase.EndedAt != nil && phase.EndedAt.Before(at) {
		return *phase.EndedAt
	}
	return at
}

// PhaseCriteria judges every entry and exit criterion of one phase as of
// at, each measured one over that phase's own window: for the rollout
// report, which reviews every phase, not only the active one.
func PhaseCriteria(phase domain.Phase, values map[string][]metrics.Value, at time.Time) []Reason {
	in := Input{Metrics: values, At: at}
	return append(criteria(phase, "entry", phase.Entry, in), criteria(phase, "exit", phase.Exit, in)...)
}

// measure judges a measured criterion: it holds when every value dated in
// the window satisfies the check and there is at least one. The window runs
// from start's day (or the first value, when the phase has no start) to
// at's day; over: Nd keeps its last N days.
func measure(it domain.ChecklistItem, start *time.Time, at time.Time, series []metrics.Value) (Status, string, *Evidence) {
	c := *it.Check
	to := dayOf(at)
	from := time.Time{}
	if start != nil {
		from = dayOf(*start)
	}
	if it.OverDays > 0 {
		if last := to.AddDate(0, 0, 1-it.OverDays); last.After(from) {
			from = last
		}
	}
	ev := &Evidence{Metric: c.Metric, Op: c.Op, Threshold: c.Threshold, From: from, To: to, Values: []Point{}}
	worst, failing := -1, 0
	for _, v := range series {
		if v.Day.Before(from) || v.Day.After(to) {
			continue
		}
		p := Point{Day: v.Day, Value: v.Value, Holds: c.Holds(v.Value)}
		if !p.Holds {
			failing++
			if worst < 0 || further(c, p.Value, ev.Values[worst].Value) {
				worst = len(ev.Values)
			}
		}
		ev.Values = append(ev.Values, p)
	}
	if from.IsZero() && len(ev.Values) > 0 {
		ev.From = ev.Values[0].Day
	}
	window := windowText(ev, it.OverDays)
	switch {
	case len(ev.Values) == 0:
		return Unknown, fmt.Sprintf("No %s values %s: import them with rolloutdesk metrics import, or enter them in the app", c.Metric, window), ev
	case worst >= 0:
		w := ev.Values[worst]
		return Fail, fmt.Sprintf("%s was %s on %s, which breaks %s (%d of %d values %s fail)",
			c.Metric, number(w.Value), day(w.Day), c, failing, len(ev.Values), window), ev
	}
	return Pass, fmt.Sprintf("All %d %s values %s hold %s", len(ev.Values), c.Metric, window, c), ev
}

// further reports whether a breaks the check by more than b.
func further(c domain.Check, a, b float64) bool {
	switch c.Op {
	case "<", "<=":
		return a > b
	case ">", ">=":
		return a < b
	}
	return abs(a-c.Threshold) > abs(b-c.Threshold)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// windowText says which days a criterion was judged on.
func windowText(ev *Evidence, overDays int) string {
	span := fmt.Sprintf("from %s to %s", day(ev.From), day(ev.To))
	if ev.From.IsZero() {
		span = "up to " + day(ev.To)
	}
	if overDays > 0 {
		return fmt.Sprintf("in the last %d days (%s)", overDays, span)
	}
	return "in the phase (" + span + ")"
}

// dayOf is t's date as midnight UTC, the way metric values are dated.
func dayOf(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
