package viewmodel

import (
	"fmt"
	"time"

	"rolloutdesk/backend/adoption"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/store"
)

// Readiness is a release's go/no-go verdict with every reason.
type Readiness struct {
	Release string            `json:"release"`
	Phase   string            `json:"phase"`
	Next    string            `json:"next"`
	At      time.Time         `json:"at"`
	Verdict string            `json:"verdict"`
	Reasons []ReadinessReason `json:"reasons"`
}

// FromReadiness maps a verdict.
func FromReadiness(r readiness.Result) Readiness {
	return Readiness{Release: r.Release, Phase: r.Phase, Next: r.Next, At: r.At, Verdict: string(r.Verdict),
		Reasons: mapAll(r.Reasons, fromReadinessReason)}
}

// ReadinessReason is one thing a verdict rests on.
type ReadinessReason struct {
	Kind      string             `json:"kind"`
	Status    string             `json:"status"`
	Text      string             `json:"text"`
	Detail    string             `json:"detail,omitempty"`
	Phase     string             `json:"phase,omitempty"`
	List      string             `json:"list,omitempty"`
	Guardrail bool               `json:"guardrail,omitempty"`
	Evidence  *CriterionEvidence `json:"evidence,omitempty"`
}

func fromReadinessReason(r readiness.Reason) ReadinessReason {
	v := ReadinessReason{Kind: string(r.Kind), Status: string(r.Status), Text: r.Text, Detail: r.Detail, Phase: r.Phase, List: r.List, Guardrail: r.Guardrail}
	if r.Evidence != nil {
		e := r.Evidence
		v.Evidence = &CriterionEvidence{Metric: e.Metric, Op: e.Op, Threshold: e.Threshold, From: e.From, To: e.To,
			Values: mapAll(e.Values, func(p readiness.Point) EvidencePoint { return EvidencePoint(p) })}
	}
	return v
}

// CriterionEvidence is what a measured criterion was judged on.
type CriterionEvidence struct {
	Metric    string          `json:"metric"`
	Op        string          `json:"op"`
	Threshold float64         `json:"threshold"`
	From      time.Time       `json:"from"`
	To        time.Time       `json:"to"`
	Values    []EvidencePoint `json:"values"`
}

// EvidencePoint is one metric value in a criterion's window.
type EvidencePoint struct {
	Day   time.Time `json:"day"`
	Value float64   `json:"value"`
	Holds bool      `json:"holds"`
}

// ReadinessChange is a release whose verdict changed.
type ReadinessChange struct {
	Release string `json:"release"`
	Phase   string `json:"phase"`
	Before  string `json:"before"`
	After   string `json:"after"`
	Summary string `json:"summary"`
}

func fromReadinessChange(c readiness.Change) ReadinessChange {
	return ReadinessChange{Release: c.Release, Phase: c.Phase, Before: string(c.Before), After: string(c.After), Summary: c.Summary}
}

// MetricsImported says what an import or entry of metric values did.
type MetricsImported struct {
	Added    int               `json:"added"`
	Replaced int               `json:"replaced"`
	Metrics  []string          `json:"metrics"`
	Changes  []ReadinessChange `json:"changes"`
}

// FromMetricsImported maps an import's outcome.
func FromMetricsImported(i readiness.Imported) MetricsImported {
	return MetricsImported{Added: i.Added, Replaced: i.Replaced, Metrics: i.Metrics, Changes: mapAll(i.Changes, fromReadinessChange)}
}

// MetricValue is one stored metric value and where it came from.
type MetricValue struct {
	Metric    string    `json:"metric"`
	Day       time.Time `json:"day"`
	Value     float64   `json:"value"`
	Source    string    `json:"source"`
	UpdatedAt time.Time `json:"updated_at"`
}

// FromMetricValue maps a stored value.
func FromMetricValue(v store.MetricValue) MetricValue {
	return MetricValue{Metric: v.Metric, Day: v.Day, Value: v.Value.Value, Source: v.Source, UpdatedAt: v.UpdatedAt}
}

// Adoption is what a provider observed of one linked flag.
type Adoption struct {
	Key           string  `json:"key"`
	Environment   string  `json:"environment"`
	Provider      string  `json:"provider"`
	Configured    float64 `json:"configured"`
	Evaluations   int64   `json:"evaluations"`
	ObservedShare float64 `json:"observed_share"`
	Days          int     `json:"days"`
	Unavailable   string  `json:"unavailable"`
}

// FromAdoption maps a flag's adoption.
func FromAdoption(a readiness.FlagAdoption) Adoption { return Adoption(a) }

// ReadinessChanged lists the releases whose go/no-go verdict changed.
type ReadinessChanged []ReadinessChange

// EventName implements Event.
func (ReadinessChanged) EventName() string { return "readiness:changed" }

// FromReadinessChanges maps changed verdicts.
func FromReadinessChanges(changes []readiness.Change) ReadinessChanged {
	return mapAll(changes, fromReadinessChange)
}

// ReadinessNotifications are the desktop notifications of changed go/no-go
// verdicts: "new-checkout (Beta 5%) is now rollback".
func ReadinessNotifications(changes []readiness.Change) []Notification {
	return mapAll(changes, func(c readiness.Change) Notification {
		return Notification{
			ID:    "readiness-" + c.Release,
			Title: fmt.Sprintf("%s (%s) is now %s", c.Release, c.Phase, c.After),
			Body:  c.Summary,
		}
	})
}

// FlagUsage is one flag's daily evaluations per variation, or why there are
// none.
type FlagUsage struct {
	Days []UsageDay `json:"days"`
	Note string     `json:"note"`
}

// UsageDay is how many evaluations served one variation on one day.
type UsageDay struct {
	Day         time.Time `json:"day"`
	Variation   string    `json:"variation"`
	Evaluations int64     `json:"evaluations"`
}

// FromFlagUsage maps a flag's usage.
func FromFlagUsage(u adoption.FlagUsage) FlagUsage {
	return FlagUsage{Days: mapAll(u.Days, func(d provider.UsageDay) UsageDay { return UsageDay(d) }), Note: u.Note}
}
