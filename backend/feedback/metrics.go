package feedback

import (
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
	tally := metrics.Tally{}
	for _, e := range entries {
		var negative int64
		if e.Sentiment == domain.Negative {
			negative = 1
		}
		tally.Add(e.Day, negative, 1)
	}
	return tally.Series(MetricNegative, false, MetricNegativeShare)
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
