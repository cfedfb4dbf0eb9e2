package communications

import (
	"fmt"
	"strings"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// ParseDay reads a day written YYYY-MM-DD, as midnight UTC; "" is the day
// of today.
func ParseDay(s string, today time.Time) (time.Time, error) {
	if s == "" {
		return dayOf(today), nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("the day %q is not a date: write YYYY-MM-DD, such as 2026-03-02", s)
	}
	return d, nil
}

// dayOf is the day of t, as midnight UTC.
func dayOf(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// dayText formats t as YYYY-MM-DD.
func dayText(t *time.Time) string { return t.UTC().Format(time.DateOnly) }

// phaseOn finds the phase of plan in effect on the day d, by the plan's
// dates: of the phases that started (or are planned to start) by the end
// of d, the one that started last — a phase advanced early counts from its
// actual start, and a phase moved back to again counts from its restart.
// Phases with the same start count in plan order, the later one winning.
// It returns the phase's index, -1 when no phase is in effect yet, and why
// in words.
func phaseOn(plan domain.Plan, d time.Time) (int, string) {
	end := d.AddDate(0, 0, 1)
	in := -1
	var undated []string
	for i, p := range plan.Phases {
		s := comms.Starts(p)
		if s == nil {
			undated = append(undated, fmt.Sprintf("%q", p.Name))
			continue
		}
		if s.Before(end) && (in < 0 || !s.Before(*comms.Starts(plan.Phases[in]))) {
			in = i
		}
	}
	why := phaseOnWhy(plan, d, in)
	if len(undated) > 0 {
		why += fmt.Sprintf(" Phases without a start date are left out: %s (set planned_start in the plan).", strings.Join(undated, ", "))
	}
	return in, why
}

// phaseOnWhy says in words why phase in of plan is the one in effect on d.
func phaseOnWhy(plan domain.Plan, d time.Time, in int) string {
	if in < 0 {
		for _, p := range plan.Phases {
			if s := comms.Starts(p); s != nil {
				return fmt.Sprintf("On %s release %s has not started: its first dated phase, %q, starts on %s.",
					d.Format(time.DateOnly), plan.Release.Key, p.Name, dayText(s))
			}
		}
		return fmt.Sprintf("Release %s has no phase with a start date, so no phase is in effect on any day.", plan.Release.Key)
	}
	p := plan.Phases[in]
	var how string
	switch {
	case p.StartedAt == nil:
		how = fmt.Sprintf("is planned to start on %s", dayText(p.PlannedStart))
	case p.PlannedStart != nil && dayOf(*p.StartedAt).Before(dayOf(*p.PlannedStart)):
		how = fmt.Sprintf("started on %s, before its planned %s", dayText(p.StartedAt), dayText(p.PlannedStart))
	default:
		how = fmt.Sprintf("started on %s", dayText(p.StartedAt))
	}
	why := fmt.Sprintf("On %s phase %q is in effect: it %s", d.Format(time.DateOnly), p.Name, how)
	if ends := firstSet(p.EndedAt, p.PlannedEnd); ends != nil && dayOf(*ends).Before(d) && p.Status != domain.PhaseActive {
		return why + fmt.Sprintf(" and ended on %s, and no later phase starts by then, so its exposure stays.", dayText(ends))
	}
	return why + "."
}

func firstSet(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil {
			return t
		}
	}
	return nil
}

// projectPlan is plan as it will stand on the day d with phase in in
// effect: earlier-started phases done (or still rolled back) with their end,
// phase in active since its start, later phases planned and not started.
// Actual dates after d are dropped, planned ones filled in where nothing
// happened yet, so templates read as they will that day.
func projectPlan(plan domain.Plan, d time.Time, in int) domain.Plan {
	out := plan
	out.Phases = make([]domain.Phase, len(plan.Phases))
	end := d.AddDate(0, 0, 1)
	byEnd := func(t *time.Time) *time.Time {
		if t != nil && t.Before(end) {
			return t
		}
		return nil
	}
	for i, p := range plan.Phases {
		s := comms.Starts(p)
		started := s != nil && s.Before(end)
		switch {
		case i == in:
			p.StartedAt, p.EndedAt = s, byEnd(firstSet(p.EndedAt, p.PlannedEnd))
			p.Status = domain.PhaseActive
			if p.EndedAt != nil && plan.Phases[i].Status != domain.PhaseActive {
				p.Status = domain.PhaseDone
			}
		case in >= 0 && started:
			p.StartedAt, p.EndedAt = s, firstSet(byEnd(p.EndedAt), p.PlannedEnd)
			if p.Status != domain.PhaseRolledBack {
				p.Status = domain.PhaseDone
			}
		default:
			p.StartedAt, p.EndedAt, p.Status = nil, nil, domain.PhasePlanned
		}
		out.Phases[i] = p
	}
	return out
}
