package viewmodel

import (
	"time"

	"rolloutdesk/backend/communications"
)

// AsOf is a release as its plan has it on one day: the phase in effect,
// each linked flag's planned exposure and the phase's communications as
// they will read that day ("Preview as of").
type AsOf struct {
	Release string    `json:"release"`
	Day     time.Time `json:"day"`
	// Phase is the phase in effect; "" before the first phase starts.
	Phase    string            `json:"phase"`
	Why      string            `json:"why"`
	Phases   []AsOfPhase       `json:"phases"`
	Exposure []PlannedExposure `json:"exposure"`
	Drafts   []AsOfDraft       `json:"drafts"`
}

// FromAsOf maps a release as of a day.
func FromAsOf(a communications.AsOf) AsOf {
	return AsOf{Release: a.Release, Day: a.Day, Phase: a.Phase, Why: a.Why, Phases: mapAll(a.Phases, fromAsOfPhase),
		Exposure: mapAll(a.Exposure, fromPlannedExposure), Drafts: mapAll(a.Drafts, fromAsOfDraft)}
}

// AsOfPhase is a phase's planned and actual dates, marked when in effect.
type AsOfPhase struct {
	Name         string     `json:"name"`
	Status       string     `json:"status"`
	PlannedStart *time.Time `json:"planned_start"`
	PlannedEnd   *time.Time `json:"planned_end"`
	StartedAt    *time.Time `json:"started_at"`
	EndedAt      *time.Time `json:"ended_at"`
	InEffect     bool       `json:"in_effect"`
}

func fromAsOfPhase(p communications.PhaseDates) AsOfPhase {
	return AsOfPhase{Name: p.Name, Status: string(p.Status), PlannedStart: p.PlannedStart, PlannedEnd: p.PlannedEnd,
		StartedAt: p.StartedAt, EndedAt: p.EndedAt, InEffect: p.InEffect}
}

// PlannedExposure is what a phase plans for one linked flag, and where
// that comes from.
type PlannedExposure struct {
	Flag        string   `json:"flag"`
	Environment string   `json:"environment"`
	Provider    string   `json:"provider"`
	Project     string   `json:"project"`
	Planned     bool     `json:"planned"`
	On          bool     `json:"on"`
	Percent     float64  `json:"percent"`
	Segments    []string `json:"segments"`
	Source      string   `json:"source"`
}

func fromPlannedExposure(e communications.Exposure) PlannedExposure { return PlannedExposure(e) }

// AsOfDraft is a phase communication rendered for a day, or why it does
// not render.
type AsOfDraft struct {
	Preview Preview `json:"preview"`
	Problem string  `json:"problem"`
}

func fromAsOfDraft(d communications.AsOfDraft) AsOfDraft {
	return AsOfDraft{Preview: FromPreview(d.Preview), Problem: d.Problem}
}
