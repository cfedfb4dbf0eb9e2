package domain

import (
	"fmt"
	"time"
)

// PhaseStatus is where a phase is in its life: planned → active → done or
// rolled_back.
type PhaseStatus string

// Phase statuses.
const (
	PhasePlanned    PhaseStatus = "planned"
	PhaseActive     PhaseStatus = "active"
	PhaseDone       PhaseStatus = "done"
	PhaseRolledBack PhaseStatus = "rolled_back"
)

// Valid reports whether s is a known status.
func (s PhaseStatus) Valid() bool {
	switch s {
	case PhasePlanned, PhaseActive, PhaseDone, PhaseRolledBack:
		return true
	}
	return false
}

// Expectation is what a phase expects of a flag: on or off and, when on, the
// share of the default rule serving the release variation.
type Expectation struct {
	On       bool     `json:"on"`
	Percent  float64  `json:"percent"`
	Segments []string `json:"segments,omitempty"`
}

// Validate checks the percentage range.
func (e Expectation) Validate() error {
	if e.Percent < 0 || e.Percent > 100 {
		return fmt.Errorf("percent %v is outside 0–100", e.Percent)
	}
	return nil
}

// FlagExpectation overrides the phase expectation for one linked flag, named
// by its key and environment as in a plan file.
type FlagExpectation struct {
	FlagKey     string      `json:"flag_key"`
	Environment string      `json:"environment"`
	Expect      Expectation `json:"expect"`
}

// Matches reports whether the override is for link.
func (fe FlagExpectation) Matches(link FlagLink) bool {
	return fe.FlagKey == link.FlagKey && fe.Environment == link.Environment
}

// Phase is one step of a release, such as "Beta 5%".
type Phase struct {
	ID           int64             `json:"id"`
	ReleaseID    int64             `json:"release_id"`
	Position     int               `json:"position"`
	Name         string            `json:"name"`
	Audience     string            `json:"audience"`
	Status       PhaseStatus       `json:"status"`
	Owner        string            `json:"owner"`
	PlannedStart *time.Time        `json:"planned_start"`
	PlannedEnd   *time.Time        `json:"planned_end"`
	StartedAt    *time.Time        `json:"started_at"`
	EndedAt      *time.Time        `json:"ended_at"`
	Expect       *Expectation      `json:"expect"`
	FlagExpects  []FlagExpectation `json:"flag_expects"`
	Entry        []ChecklistItem   `json:"entry"`
	Exit         []ChecklistItem   `json:"exit"`
}

// ExpectationFor returns the expectation that applies to a link: its own
// override, else the phase expectation, else nil.
func (p Phase) ExpectationFor(link FlagLink) *Expectation {
	for _, fe := range p.FlagExpects {
		if fe.Matches(link) {
			e := fe.Expect
			return &e
		}
	}
	return p.Expect
}
