package feedback

import (
	"slices"
	"time"

	"rolloutdesk/backend/domain"
)

// PhaseOf is the phase an entry belongs to: the one it was filed under, else
// the one running on its day (see PhaseAt).
func PhaseOf(plan domain.Plan, e domain.FeedbackEntry) string {
	if e.Phase != "" {
		return e.Phase
	}
	return PhaseAt(plan, e.Day)
}

// PhaseAt is the phase that was running on day: the last phase that had
// started by then (actual start, else planned start) and had not ended before
// it (actual end, else planned end; the active phase runs on). Once any phase
// has actually started, phases that have not are left out: the plan's
// future does not claim today's feedback. "" when no phase covers the day.
func PhaseAt(plan domain.Plan, day time.Time) string {
	started := slices.ContainsFunc(plan.Phases, func(p domain.Phase) bool { return p.StartedAt != nil })
	name := ""
	for _, p := range plan.Phases {
		start, end := p.StartedAt, p.EndedAt
		if start == nil {
			if started {
				continue
			}
			start, end = p.PlannedStart, p.PlannedEnd
		}
		if end == nil && p.Status != domain.PhaseActive {
			end = p.PlannedEnd
		}
		if start == nil || dayOf(*start).After(day) || end != nil && dayOf(*end).Before(day) {
			continue
		}
		name = p.Name
	}
	return name
}

func dayOf(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
