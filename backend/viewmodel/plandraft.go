package viewmodel

import (
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/plan"
)

// PlanDraft is a release plan as the plan editor's form edits it: what a
// plan file holds, without ids or when phases started and ended. The key is
// shown, not edited (a new key would make a new release).
type PlanDraft struct {
	Key         string       `json:"key"`
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Owner       string       `json:"owner"`
	Links       []LinkDraft  `json:"links"`
	Phases      []PhaseDraft `json:"phases"`
}

// PhaseDraft is one phase in the form. Dates are midnight UTC of the day.
type PhaseDraft struct {
	Name         string            `json:"name"`
	Status       string            `json:"status"`
	PlannedStart *time.Time        `json:"planned_start"`
	PlannedEnd   *time.Time        `json:"planned_end"`
	Audience     string            `json:"audience"`
	Owner        string            `json:"owner"`
	Expect       *Expectation      `json:"expect"`
	FlagExpects  []FlagExpectation `json:"flag_expects"`
	Entry        []ChecklistItem   `json:"entry"`
	Exit         []ChecklistItem   `json:"exit"`
}

// FromPlanDraft maps a plan to the form.
func FromPlanDraft(p domain.Plan) PlanDraft {
	r := p.Release
	return PlanDraft{Key: r.Key, Name: r.Name, Description: r.Description, Owner: r.Owner,
		Links: orEmpty(mapAll(p.Links, func(l domain.FlagLink) LinkDraft {
			return LinkDraft{Provider: l.Provider, Project: l.Project, Environment: l.Environment, FlagKey: l.FlagKey, Variation: l.Variation}
		})),
		Phases: orEmpty(mapAll(p.Phases, fromPhaseDraft))}
}

func fromPhaseDraft(ph domain.Phase) PhaseDraft {
	return PhaseDraft{Name: ph.Name, Status: string(ph.Status), PlannedStart: ph.PlannedStart, PlannedEnd: ph.PlannedEnd,
		Audience: ph.Audience, Owner: ph.Owner, Expect: (*Expectation)(ph.Expect),
		FlagExpects: orEmpty(mapAll(ph.FlagExpects, fromFlagExpectation)),
		Entry:       orEmpty(mapAll(ph.Entry, fromChecklistItem)), Exit: orEmpty(mapAll(ph.Exit, fromChecklistItem))}
}

// Plan maps the form back. Positions follow the order of the phases; a
// phase without a status is planned.
func (d PlanDraft) Plan() domain.Plan {
	phases := make([]domain.Phase, len(d.Phases))
	for i, ph := range d.Phases {
		phases[i] = ph.phase(i)
	}
	return domain.Plan{
		Release: domain.Release{Key: d.Key, Name: d.Name, Description: d.Description, Owner: d.Owner},
		Links:   orEmpty(mapAll(d.Links, LinkDraft.Link)),
		Phases:  phases,
	}
}

func (ph PhaseDraft) phase(position int) domain.Phase {
	status := domain.PhaseStatus(ph.Status)
	if status == "" {
		status = domain.PhasePlanned
	}
	return domain.Phase{Position: position, Name: ph.Name, Status: status, PlannedStart: ph.PlannedStart, PlannedEnd: ph.PlannedEnd,
		Audience: ph.Audience, Owner: ph.Owner, Expect: (*domain.Expectation)(ph.Expect),
		FlagExpects: orEmpty(mapAll(ph.FlagExpects, FlagExpectation.flagExpectation)),
		Entry:       orEmpty(mapAll(ph.Entry, ChecklistItem.item)), Exit: orEmpty(mapAll(ph.Exit, ChecklistItem.item))}
}

func (fe FlagExpectation) flagExpectation() domain.FlagExpectation {
	return domain.FlagExpectation{FlagKey: fe.FlagKey, Environment: fe.Environment, Expect: domain.Expectation(fe.Expect)}
}

func (c ChecklistItem) item() domain.ChecklistItem {
	return domain.ChecklistItem{Text: c.Text, Done: c.Done, By: c.By, At: c.At, Check: (*domain.Check)(c.Check), OverDays: c.OverDays, Guardrail: c.Guardrail}
}

// orEmpty turns nil into an empty list, which the window reads as [].
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// DraftRead is a plan file read for the form: the draft, or the problems
// that keep the file from being read (then the draft is empty and the
// editor stays on the file).
type DraftRead struct {
	Draft    PlanDraft `json:"draft"`
	Problems []Problem `json:"problems"`
}

// FromDraftRead maps a plan file read for the form.
func FromDraftRead(p domain.Plan, problems []plan.Problem) DraftRead {
	return DraftRead{Draft: FromPlanDraft(p), Problems: orEmpty(mapAll(problems, FromProblem))}
}

// DraftCheck is a form's plan checked as its plan file: the file, and what
// is wrong with it, each problem on the form's field.
type DraftCheck struct {
	YAML     string         `json:"yaml"`
	Problems []FieldProblem `json:"problems"`
}

// FieldProblem is one thing wrong with a form's plan. Field names the field
// as phases.2.ends, phases.0.flags.KEY@ENVIRONMENT, phases.1.exit.0, name,
// flags.0 …; "" when no one field is at fault. Line is the line of the
// plan file.
type FieldProblem struct {
	Field  string `json:"field"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// FromDraftCheck maps a checked draft.
func FromDraftCheck(yaml string, problems []plan.FieldProblem) DraftCheck {
	return DraftCheck{YAML: yaml, Problems: orEmpty(mapAll(problems, func(p plan.FieldProblem) FieldProblem { return FieldProblem(p) }))}
}
