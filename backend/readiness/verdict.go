package readiness

import (
	"fmt"
	"strings"
	"time"
)

// Verdict is what the release may do next.
type Verdict string

// Verdicts, from best to worst news.
const (
	Ready    Verdict = "ready"    // every criterion met, flags on plan, phase has run its time
	Hold     Verdict = "hold"     // something is open, unknown, failing or early
	Rollback Verdict = "rollback" // a guardrail criterion fails
)

// Kind says what a reason is about.
type Kind string

// Kinds of reasons.
const (
	KindCriterion Kind = "criterion"
	KindDrift     Kind = "drift"
	KindSchedule  Kind = "schedule"
	KindAdoption  Kind = "adoption"
)

// Status is how one reason stands.
type Status string

// Statuses.
const (
	Pass    Status = "pass"
	Fail    Status = "fail"
	Open    Status = "open"    // a manual criterion not yet ticked, or a phase not yet due
	Unknown Status = "unknown" // nothing to judge by (no metric values, no usage data)
)

// Reason is one thing the verdict rests on.
type Reason struct {
	Kind   Kind   `json:"kind"`
	Status Status `json:"status"`
	// Text is the criterion's own text for a criterion, else a sentence.
	Text string `json:"text"`
	// Detail is the evidence: the values, threshold and window of a
	// measured criterion, who ticked a manual one, the reason a flag drifts.
	Detail string `json:"detail,omitempty"`
	// Phase and List place a criterion: the phase it belongs to and
	// whether it is an "entry" or "exit" criterion.
	Phase string `json:"phase,omitempty"`
	List  string `json:"list,omitempty"`
	// Guardrail marks a criterion whose failure means roll back.
	Guardrail bool `json:"guardrail,omitempty"`
	// Evidence is the measured criterion's window and values, for charts.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Evidence is what a measured criterion was judged on.
type Evidence struct {
	Metric    string    `json:"metric"`
	Op        string    `json:"op"`
	Threshold float64   `json:"threshold"`
	From      time.Time `json:"from"` // first day of the window
	To        time.Time `json:"to"`   // last day of the window
	Values    []Point   `json:"values"`
}

// Point is one metric value in a window.
type Point struct {
	Day   time.Time `json:"day"`
	Value float64   `json:"value"`
	Holds bool      `json:"holds"`
}

// Result is the readiness of a release's active phase.
type Result struct {
	Release string    `json:"release"`
	Phase   string    `json:"phase"` // the active phase; "" before the first starts
	Next    string    `json:"next"`  // the phase an advance leads to; "" after the last
	At      time.Time `json:"at"`
	Verdict Verdict   `json:"verdict"`
	Reasons []Reason  `json:"reasons"`
}

// Summary is the verdict in a few words with the count of reasons against
// it, for lists: "hold: 2 open, 1 failing".
func (r Result) Summary() string {
	counts := map[Status]int{}
	for _, reason := range r.Reasons {
		counts[reason.Status]++
	}
	parts := []string{}
	for _, s := range []struct {
		status Status
		word   string
	}{{Fail, "failing"}, {Open, "open"}, {Unknown, "unknown"}} {
		if n := counts[s.status]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s.word))
		}
	}
	if len(parts) == 0 {
		return string(r.Verdict)
	}
	return string(r.Verdict) + ": " + strings.Join(parts, ", ")
}
