package communications

import (
	"context"
	"slices"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// AsOf is a release as its plan has it on one day: the phase in effect by
// the plan's dates, what that phase plans for each linked flag, and the
// phase's communications rendered as they will read that day — the
// "Preview as of DATE".
type AsOf struct {
	Release string    `json:"release"`
	Day     time.Time `json:"day"`
	// Phase is the name of the phase in effect on Day; "" when none is
	// (before the first phase starts, or no phase has a date).
	Phase string `json:"phase"`
	// Why says in words how Phase follows from the phases' dates.
	Why string `json:"why"`
	// Phases are every phase with its dates, in plan order.
	Phases []PhaseDates `json:"phases"`
	// Exposure is each linked flag's planned exposure during Phase; empty
	// when no phase is in effect.
	Exposure []Exposure `json:"exposure"`
	// Drafts are the communications sent with Phase (trigger: phase), as
	// they will read on Day; empty when no phase is in effect.
	Drafts []AsOfDraft `json:"drafts"`
}

// PhaseDates is a phase's planned and actual dates, as the plan has them
// now.
type PhaseDates struct {
	Name         string             `json:"name"`
	Status       domain.PhaseStatus `json:"status"`
	PlannedStart *time.Time         `json:"planned_start"`
	PlannedEnd   *time.Time         `json:"planned_end"`
	StartedAt    *time.Time         `json:"started_at"`
	EndedAt      *time.Time         `json:"ended_at"`
	// InEffect marks the phase in effect on the day asked about.
	InEffect bool `json:"in_effect"`
}

// Exposure is what a phase plans for one linked flag.
type Exposure struct {
	Flag        string `json:"flag"`
	Environment string `json:"environment"`
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	// Planned says the phase sets an expectation for the flag; without one
	// On, Percent and Segments say nothing.
	Planned  bool     `json:"planned"`
	On       bool     `json:"on"`
	Percent  float64  `json:"percent"`
	Segments []string `json:"segments"`
	// Source says where the numbers come from: the phase's override for the
	// flag, the phase's expectation, or neither.
	Source string `json:"source"`
}

// Sources of an exposure.
const (
	ExposureOverride = "the phase's setting for this flag"
	ExposurePhase    = "the phase's expectation for every flag"
	ExposureNone     = "the phase sets nothing for this flag"
)

// AsOfDraft is a phase communication rendered for a day, or why it does
// not render.
type AsOfDraft struct {
	Preview comms.Preview `json:"preview"`
	// Problem says why the template does not render; "" when it does.
	Problem string `json:"problem"`
}

// PreviewAsOf shows release on the day d (see AsOf): the phase in effect
// by the phases' dates (see phaseOn), each linked flag's planned exposure
// in it, and every phase-triggered template that applies to it rendered
// with d as today and the plan as it will stand then (see projectPlan). A
// template that does not render is listed with its problem.
func (s *Service) PreviewAsOf(ctx context.Context, release string, d time.Time) (AsOf, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return AsOf{}, err
	}
	d = dayOf(d)
	in, why := phaseOn(plan, d)
	out := AsOf{Release: plan.Release.Key, Day: d, Why: why, Phases: phaseDates(plan, in), Exposure: []Exposure{}, Drafts: []AsOfDraft{}}
	if in < 0 {
		return out, nil
	}
	out.Phase = plan.Phases[in].Name
	out.Exposure = exposures(plan, plan.Phases[in])
	out.Drafts, err = s.draftsAsOf(ctx, projectPlan(plan, d, in), in, d)
	return out, err
}

// phaseDates lists plan's phases with their dates, marking phase in.
func phaseDates(plan domain.Plan, in int) []PhaseDates {
	out := make([]PhaseDates, len(plan.Phases))
	for i, p := range plan.Phases {
		out[i] = PhaseDates{Name: p.Name, Status: p.Status, PlannedStart: p.PlannedStart, PlannedEnd: p.PlannedEnd,
			StartedAt: p.StartedAt, EndedAt: p.EndedAt, InEffect: i == in}
	}
	return out
}

// exposures is what phase p plans for each of plan's linked flags.
func exposures(plan domain.Plan, p domain.Phase) []Exposure {
	out := make([]Exposure, len(plan.Links))
	for i, l := range plan.Links {
		e := Exposure{Flag: l.FlagKey, Environment: l.Environment, Provider: l.Provider, Project: l.Project,
			Segments: []string{}, Source: ExposureNone}
		if x := p.ExpectationFor(l); x != nil {
			e.Planned, e.On, e.Percent, e.Source = true, x.On, x.Percent, ExposurePhase
			if x.Segments != nil {
				e.Segments = x.Segments
			}
			if slices.ContainsFunc(p.FlagExpects, func(fe domain.FlagExpectation) bool { return fe.Matches(l) }) {
				e.Source = ExposureOverride
			}
		}
		out[i] = e
	}
	return out
}

// draftsAsOf renders the stored phase-triggered templates that apply to
// phase in of plan as they will read on the day d.
func (s *Service) draftsAsOf(ctx context.Context, plan domain.Plan, in int, d time.Time) ([]AsOfDraft, error) {
	templates, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	r, err := s.rendererAt(ctx, templates, func() time.Time { return d })
	if err != nil {
		return nil, err
	}
	p := plan.Phases[in]
	out := []AsOfDraft{}
	for _, t := range templates {
		if !comms.Applies(t, domain.TriggerPhase, plan.Phases, in) {
			continue
		}
		rd, err := r.Render(t, comms.NewData(plan, p, d))
		var files []comms.Output
		if err == nil {
			files, err = r.Files(rd, comms.PhaseDir(p.Name), plan.Release.Name)
		}
		draft := AsOfDraft{Preview: comms.Preview{Rendered: rd, Files: files}}
		if err != nil {
			draft.Preview.Template, draft.Preview.Channel, draft.Preview.Phase = t.Name, t.Channel, p.Name
			draft.Problem = err.Error()
		}
		out = append(out, draft)
	}
	return out, nil
}
