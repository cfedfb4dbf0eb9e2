package report

import (
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/feedback"
	"rolloutdesk/backend/readiness"
)

// Data is everything a report shows, gathered by Service.Build.
type Data struct {
	Release     domain.Release `json:"release"`
	At          time.Time      `json:"at"`
	GeneratedAt time.Time      `json:"generated_at"`
	Phases      []Phase        `json:"phases"`
	// Metrics are every metric series of the release, imported or built in.
	Metrics []Series `json:"metrics"`
	// Adoption is what the providers observed of each linked flag; empty
	// when no provider offers it.
	Adoption []readiness.FlagAdoption `json:"adoption"`
	// Events are drift verdict changes, kills, restores, rollouts and
	// phase moves, oldest first.
	Events []domain.AuditEvent `json:"events"`
	// Communications are templates sent or exported, oldest first.
	Communications []domain.AuditEvent `json:"communications"`
	Feedback       []feedback.Counts   `json:"feedback"`
	Notes          string              `json:"notes"`
}

// Phase is one phase as the report shows it.
type Phase struct {
	domain.Phase
	// Criteria are the phase's entry and exit criteria, judged over the
	// phase's own window; empty for a phase that has not started.
	Criteria []readiness.Reason `json:"criteria"`
	// Quotes are representative feedback from the phase, negative first.
	Quotes []feedback.Listed `json:"quotes"`
	// Started says whether the phase has begun (or is over).
	Started bool `json:"started"`
}

// Series is one metric's values over the release, with the thresholds the
// release's criteria hold it to.
type Series struct {
	Metric     string      `json:"metric"`
	Points     []Point     `json:"points"`
	Thresholds []Threshold `json:"thresholds"`
	Phases     []PhaseSpan `json:"phases"`
}

// Point is one value of a series.
type Point struct {
	Day   time.Time `json:"day"`
	Value float64   `json:"value"`
}

// Threshold is a criterion's limit on a metric.
type Threshold struct {
	Phase string  `json:"phase"`
	Op    string  `json:"op"`
	Value float64 `json:"value"`
}

// PhaseSpan is when a phase ran, to shade charts.
type PhaseSpan struct {
	Name     string    `json:"name"`
	From, To time.Time `json:"-"`
}
