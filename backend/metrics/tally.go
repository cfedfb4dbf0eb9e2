package metrics

import (
	"maps"
	"slices"
	"time"
)

// Tally counts, day by day, a part of a whole — the negative entries among
// all feedback, the evaluations served the released variation among all —
// for the metrics Rollout Desk computes itself.
type Tally map[time.Time]*Counts

// Counts are one day's part and whole.
type Counts struct{ Part, Whole int64 }

// Add adds part of whole on day.
func (t Tally) Add(day time.Time, part, whole int64) {
	c := t[day]
	if c == nil {
		c = &Counts{}
		t[day] = c
	}
	c.Part += part
	c.Whole += whole
}

// Series writes the tally as two daily series, sorted by day: count, the
// part (or, with wholes, the whole) of each day, and share, the part as a
// percent of the whole, left out on days with no whole.
func (t Tally) Series(count string, wholes bool, share string) map[string][]Value {
	out := map[string][]Value{}
	for _, day := range slices.SortedFunc(maps.Keys(t), time.Time.Compare) {
		c := t[day]
		n := c.Part
		if wholes {
			n = c.Whole
		}
		out[count] = append(out[count], Value{Metric: count, Day: day, Value: float64(n)})
		if c.Whole > 0 {
			out[share] = append(out[share], Value{Metric: share, Day: day, Value: 100 * float64(c.Part) / float64(c.Whole)})
		}
	}
	return out
}
