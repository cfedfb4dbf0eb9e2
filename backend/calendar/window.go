package calendar

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Window is a span of whole days, from From to To, both included, each
// the date its own time zone sees.
type Window struct {
	From, To time.Time
}

// NewWindow is the window from from to to; it fails when to is before from.
func NewWindow(from, to time.Time) (Window, error) {
	w := Window{From: day(from), To: day(to)}
	if w.To.Before(w.From) {
		return Window{}, fmt.Errorf("the window ends on %s, before it starts on %s: swap the dates",
			w.To.Format(time.DateOnly), w.From.Format(time.DateOnly))
	}
	return w, nil
}

// ParseWindow is the window from the day from to the day to, both written
// YYYY-MM-DD. An empty from is today's date; an empty to is six days after
// from, so the window is a week.
func ParseWindow(from, to string, today time.Time) (Window, error) {
	start := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	if from != "" {
		d, err := time.Parse(time.DateOnly, from)
		if err != nil {
			return Window{}, fmt.Errorf("the first day %q is not a date: write YYYY-MM-DD, such as 2026-03-02", from)
		}
		start = d
	}
	end := start.AddDate(0, 0, 6)
	if to != "" {
		d, err := time.Parse(time.DateOnly, to)
		if err != nil {
			return Window{}, fmt.Errorf("the last day %q is not a date: write YYYY-MM-DD, such as 2026-03-08", to)
		}
		end = d
	}
	return NewWindow(start, end)
}

// Due lists the entries dated in w, sorted by date, then release, keeping
// the order of entries within each; empty, not nil, when none is.
func (w Window) Due(entries []Entry) []Entry {
	out := []Entry{}
	for _, e := range entries {
		if !e.Date.Before(w.From) && !e.Date.After(w.To) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b Entry) int { return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Release, b.Release)) })
	return out
}
