package viewmodel

import (
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/plan"
	"rolloutdesk/backend/store"
)

// ReleaseSummary is a release as the releases list shows it.
type ReleaseSummary struct {
	Release
	ActivePhase string `json:"active_phase"`
	Phases      int    `json:"phases"`
	Flags       int    `json:"flags"`
}

// FromReleaseSummary maps a listed release.
func FromReleaseSummary(r store.ReleaseSummary) ReleaseSummary {
	return ReleaseSummary{Release: Release(r.Release), ActivePhase: r.ActivePhase, Phases: r.Phases, Flags: r.Flags}
}

// Release is a feature launch coordinated across flags and phases.
type Release struct {
	ID          int64     `json:"id"`
	Key         string    `json:"key"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Owner       string    `json:"owner"`
	Demo        bool      `json:"demo"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// NewRelease is a release as the "new release" dialog fills it in.
type NewRelease struct {
	Key         string `json:"key"`
	Name        string `json:"name"`
	Owner       string `json:"owner"`
	Description string `json:"description"`
}

// Release maps the dialog's release back.
func (r NewRelease) Release() domain.Release {
	return domain.Release{Key: r.Key, Name: r.Name, Owner: r.Owner, Description: r.Description}
}

// FlagLink ties a release to one flag in one environment.
type FlagLink struct {
	ID          int64  `json:"id"`
	ReleaseID   int64  `json:"release_id"`
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	Environment string `json:"environment"`
	FlagKey     string `json:"flag_key"`
	Variation   string `json:"variation"`
}

// LinkDraft is a flag link as the link dialog builds it, or names one to
// remove.
type LinkDraft struct {
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	Environment string `json:"environment"`
	FlagKey     string `json:"flag_key"`
	Variation   string `json:"variation"`
}

// Link maps the draft back.
func (l LinkDraft) Link() domain.FlagLink {
	return domain.FlagLink{Provider: l.Provider, Project: l.Project, Environment: l.Environment, FlagKey: l.FlagKey, Variation: l.Variation}
}

// Plan is a release with its links and phases.
type Plan struct {
	Release Release    `json:"release"`
	Links   []FlagLink `json:"links"`
	Phases  []Phase    `json:"phases"`
}

// FromPlan maps a plan.
func FromPlan(p domain.Plan) Plan {
	return Plan{Release: Release(p.Release), Links: mapAll(p.Links, fromLink), Phases: mapAll(p.Phases, fromPhase)}
}

func fromLink(l domain.FlagLink) FlagLink { return FlagLink(l) }

func (l FlagLink) link() domain.FlagLink { return domain.FlagLink(l) }

// Phase is one step of a release, such as "Beta 5%".
type Phase struct {
	ID           int64             `json:"id"`
	ReleaseID    int64             `json:"release_id"`
	Position     int               `json:"position"`
	Name         string            `json:"name"`
	Audience     string            `json:"audience"`
	Status       string            `json:"status"`
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

func fromPhase(p domain.Phase) Phase {
	return Phase{ID: p.ID, ReleaseID: p.ReleaseID, Position: p.Position, Name: p.Name, Audience: p.Audience, Status: string(p.Status),
		Owner: p.Owner, PlannedStart: p.PlannedStart, PlannedEnd: p.PlannedEnd, StartedAt: p.StartedAt, EndedAt: p.EndedAt,
		Expect: (*Expectation)(p.Expect), FlagExpects: mapAll(p.FlagExpects, fromFlagExpectation),
		Entry: mapAll(p.Entry, fromChecklistItem), Exit: mapAll(p.Exit, fromChecklistItem)}
}

// Expectation is what a phase expects of a flag.
type Expectation struct {
	On       bool     `json:"on"`
	Percent  float64  `json:"percent"`
	Segments []string `json:"segments,omitempty"`
}

// FlagExpectation overrides the phase expectation for one linked flag.
type FlagExpectation struct {
	FlagKey     string      `json:"flag_key"`
	Environment string      `json:"environment"`
	Expect      Expectation `json:"expect"`
}

func fromFlagExpectation(fe domain.FlagExpectation) FlagExpectation {
	return FlagExpectation{FlagKey: fe.FlagKey, Environment: fe.Environment, Expect: Expectation(fe.Expect)}
}

// ChecklistItem is one entry or exit criterion.
type ChecklistItem struct {
	Text      string     `json:"text"`
	Done      bool       `json:"done"`
	By        string     `json:"by,omitempty"`
	At        *time.Time `json:"at,omitempty"`
	Check     *Check     `json:"check,omitempty"`
	OverDays  int        `json:"over_days,omitempty"`
	Guardrail bool       `json:"guardrail,omitempty"`
}

func fromChecklistItem(c domain.ChecklistItem) ChecklistItem {
	return ChecklistItem{Text: c.Text, Done: c.Done, By: c.By, At: c.At, Check: (*Check)(c.Check), OverDays: c.OverDays, Guardrail: c.Guardrail}
}

// Check is a measured criterion's test: METRIC OP NUMBER.
type Check struct {
	Metric    string  `json:"metric"`
	Op        string  `json:"op"`
	Threshold float64 `json:"threshold"`
}

// Problem is one thing wrong with a plan file being edited.
type Problem struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// FromProblem maps a plan file problem.
func FromProblem(p plan.Problem) Problem { return Problem(p) }
