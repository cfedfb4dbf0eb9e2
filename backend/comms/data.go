package comms

import (
	"time"

	"rolloutdesk/backend/domain"
)

// Data is what a template sees as ".": the release, the phase being
// announced and the flags involved.
type Data struct {
	Release Release
	Phase   Phase
	// Phases is every phase of the release in order, for schedules.
	Phases []Phase
	// Flags are the linked flags with what this phase expects of each.
	Flags []Flag
	// Features are the linked flags in production environments as
	// customers know them, with what this phase gives customers of each
	// (see Features): what support guides speak of.
	Features []Feature
	// Links are the release's flag links as stored.
	Links []domain.FlagLink
	// Today is the day of rendering, at midnight.
	Today time.Time
	// Incident is the kill switch an incident template tells about; nil
	// for other templates.
	Incident *Incident
	// Rollback is the phase move back a rollback template tells about; nil
	// for other templates.
	Rollback *Rollback
}

// With is d for templates telling about e: .Incident or .Rollback set.
func (d Data) With(e Event) Data {
	d.Incident, d.Rollback = e.Incident, e.Rollback
	return d
}

// Release is the release a template announces.
type Release struct {
	Name, Key, Description, Owner string
}

// Phase is a phase of the release.
type Phase struct {
	Name     string
	Audience string
	Owner    string
	Status   domain.PhaseStatus
	// Starts is when the phase started, else when it is planned to; nil when
	// neither is known. Ends likewise.
	Starts, Ends *time.Time
	// PlannedStart and PlannedEnd are the plan's dates; StartedAt and
	// EndedAt are when the phase actually started and ended, nil until it
	// did. Templates pick the true one: {{with .Phase.StartedAt}}started on
	// {{date .}}{{else}}starts on {{date .Phase.PlannedStart}}{{end}}.
	PlannedStart, PlannedEnd *time.Time
	StartedAt, EndedAt       *time.Time
	// Percent is the share of traffic the phase expects (0 when it sets none).
	Percent float64
	// Segments are the segments the phase targets.
	Segments []string
}

// Flag is a linked flag and what the phase expects of it.
type Flag struct {
	Key, Environment, Provider, Project string
	// Variation is the variation that counts as released.
	Variation string
	// On and Percent are the phase's expectation for this flag: whether it is
	// on and the share serving Variation.
	On      bool
	Percent float64
}

// NewData is the data for rendering plan's templates for phase as of now.
func NewData(plan domain.Plan, phase domain.Phase, now time.Time) Data {
	phases := make([]Phase, len(plan.Phases))
	for i, p := range plan.Phases {
		phases[i] = newPhase(p)
	}
	flags := make([]Flag, len(plan.Links))
	for i, l := range plan.Links {
		f := Flag{Key: l.FlagKey, Environment: l.Environment, Provider: l.Provider, Project: l.Project, Variation: l.Variation}
		if e := phase.ExpectationFor(l); e != nil {
			f.On, f.Percent = e.On, e.Percent
		}
		flags[i] = f
	}
	r := plan.Release
	return Data{
		Release:  Release{Name: r.Name, Key: r.Key, Description: r.Description, Owner: r.Owner},
		Phase:    newPhase(phase),
		Phases:   phases,
		Flags:    flags,
		Features: Features(plan, phase),
		Links:    plan.Links,
		Today:    time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location()),
	}
}

func newPhase(p domain.Phase) Phase {
	out := Phase{Name: p.Name, Audience: p.Audience, Owner: p.Owner, Status: p.Status,
		Starts: Starts(p), Ends: firstSet(p.EndedAt, p.PlannedEnd),
		PlannedStart: p.PlannedStart, PlannedEnd: p.PlannedEnd, StartedAt: p.StartedAt, EndedAt: p.EndedAt}
	if p.Expect != nil {
		out.Percent, out.Segments = p.Expect.Percent, p.Expect.Segments
	}
	return out
}

// Starts is when phase p started, else when it is planned to: the day its
// communications go out. It is nil when neither is known.
func Starts(p domain.Phase) *time.Time { return firstSet(p.StartedAt, p.PlannedStart) }

func firstSet(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil {
			return t
		}
	}
	return nil
}
