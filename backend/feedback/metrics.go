package feedback

import (
	"slices"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
)

// Built-in metric names computed from feedback, per day.
const (
	MetricNegative      = "feedback_negative"       // negative entries that day
	MetricNegativeShare = "feedback_negative_share" // negative entries as a percent of that day's entries
)

// Metrics computes the built-in feedback metrics for every day with
// feedback, sorted by day.
func Metrics(entries []domain.FeedbackEntry) map[string][]metrics.Value {
	type count struct{ negative, total int }
	byDay := map[time.Time]*count{}
	for _, e := range entries {
		c := byDay[e.Day]
		if c == nil {
			c = &count{}
			byDay[e.Day] = c
		}
		c.total++
		if e.Sentiment == domain.Negative {
			c.negative++
		}
	}
	days := make([]time.Time, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	slices.SortFunc(days, time.Time.Compare)
	out := map[string][]metrics.Value{}
	for _, d := range days {
		c := byDay[d]
		out[MetricNegative] = append(out[MetricNegative], metrics.Value{Metric: MetricNegative, Day: d, Value: float64(c.negative)})
		out[MetricNegativeShare] = append(out[MetricNegativeShare],
			metrics.Value{Metric: MetricNegativeShare, Day: d, Value: 100 * float64(c.negative) / float64(c.total)})
	}
	return out
}

// Counts are a phase's entries by sentiment.
type Counts struct {
	Phase    string `json:"phase"`
	Negative int    `json:"negative"`
	Neutral  int    `json:"neutral"`
	Positive int    `json:"positive"`
}

// Total is every entry counted.
func (c Counts) Total() int { return c.Negative + c.Neutral + c.Positive }

func (c *Counts) add(s domain.Sentiment) {
	switch s {
	case domain.Negative:
		c.Negative++
	case domain.Neutral:
		c.Neutral++
	case domain.Positive:
		c.Positive++
	}
}
