package readiness

import (
	"fmt"
	"slices"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/metrics"
)

// Input is everything a verdict is judged from.
type Input struct {
	Plan domain.Plan
	// Drift is the drift report of the plan's active phase.
	Drift drift.Report
	// Metrics are the release's metric values by metric name, each sorted
	// by day.
	Metrics map[string][]metrics.Value
	// Adoption is what the providers observed of each linked flag, when
	// the caller has it.
	Adoption []FlagAdoption
	// At is the moment to judge at: now, or a date under review.
	At time.Time
}

// Judge gives the release's active phase its verdict. The rules, in order:
// rollback when a guardrail criterion fails; hold when any other criterion
// fails, is open or is unknown, when a linked flag is not on plan, or when
// the phase has not run until its planned end; ready otherwise. Adoption
// reasons inform and never change the verdict.
func Judge(in Input) Result {
	plan := in.Plan
	res := Result{Release: plan.Release.Key, At: in.At, Reasons: []Reason{}}
	active := slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Status == domain.PhaseActive })
	if active >= 0 {
		phase := plan.Phases[active]
		res.Phase = phase.Name
		res.Reasons = append(res.Reasons, criteria(phase, "exit", phase.Exit, in)...)
	}
	if next := active + 1; next < len(plan.Phases) {
		res.Next = plan.Phases[next].Name
		res.Reasons = append(res.Reasons, criteria(plan.Phases[next], "entry", plan.Phases[next].Entry, in)...)
	}
	if active >= 0 {
		res.Reasons = append(res.Reasons, driftReasons(in.Drift)...)
		res.Reasons = append(res.Reasons, schedule(plan.Phases[active], in.At))
	} else if res.Next != "" {
		res.Reasons = append(res.Reasons, firstStart(plan.Phases[0], in.At))
	}
	res.Reasons = append(res.Reasons, adoptionReasons(in.Adoption)...)
	res.Verdict = verdictOf(res.Reasons)
	return res
}

// verdictOf applies the rules to the reasons.
func verdictOf(reasons []Reason) Verdict {
	verdict := Ready
	for _, r := range reasons {
		switch {
		case r.Kind == KindAdoption:
		case r.Guardrail && r.Status == Fail:
			return Rollback
		case r.Status != Pass:
			verdict = Hold
		}
	}
	return verdict
}

// driftReasons is one failing reason per linked flag that is not on plan,
// or one passing reason when all are.
func driftReasons(report drift.Report) []Reason {
	var out []Reason
	for _, f := range report.Flags {
		if f.Verdict == drift.OnPlan {
			continue
		}
		out = append(out, Reason{Kind: KindDrift, Status: Fail,
			Text:   fmt.Sprintf("%s in %s is %s", f.Key, f.Environment, drift.Label(f.Verdict)),
			Detail: f.Reason})
	}
	if len(out) > 0 {
		return out
	}
	if len(report.Flags) == 0 {
		return []Reason{{Kind: KindDrift, Status: Pass, Text: "No linked flag has an expectation in this phase"}}
	}
	return []Reason{{Kind: KindDrift, Status: Pass, Text: fmt.Sprintf("All %d linked flags serve what %s plans", len(report.Flags), report.Phase)}}
}

// schedule holds a phase that has not yet run until its planned end.
func schedule(phase domain.Phase, at time.Time) Reason {
	switch {
	case phase.PlannedEnd == nil:
		return Reason{Kind: KindSchedule, Status: Pass, Text: fmt.Sprintf("%s has no planned end", phase.Name)}
	case at.Before(*phase.PlannedEnd):
		return Reason{Kind: KindSchedule, Status: Open,
			Text: fmt.Sprintf("Planned to run until %s; advancing early", day(*phase.PlannedEnd))}
	}
	return Reason{Kind: KindSchedule, Status: Pass, Text: fmt.Sprintf("Ran its planned time (until %s)", day(*phase.PlannedEnd))}
}

// firstStart holds the first phase before its planned start.
func firstStart(phase domain.Phase, at time.Time) Reason {
	if phase.PlannedStart != nil && at.Before(*phase.PlannedStart) {
		return Reason{Kind: KindSchedule, Status: Open,
			Text: fmt.Sprintf("%s is planned to start on %s; starting early", phase.Name, day(*phase.PlannedStart))}
	}
	return Reason{Kind: KindSchedule, Status: Pass, Text: fmt.Sprintf("%s may start", phase.Name)}
}

// day writes a date the way the app shows dates: "27 Nov 2026".
func day(t time.Time) string { return t.Format("2 Jan 2006") }
