package viewmodel

import (
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/flags"
	"rolloutdesk/backend/provider"
)

// FlagFilter narrows the flags list; empty fields match everything.
type FlagFilter struct {
	Provider    string `json:"provider,omitempty"`
	Project     string `json:"project,omitempty"`
	Environment string `json:"environment,omitempty"`
}

// Filter maps the filter back.
func (f FlagFilter) Filter() flags.Filter {
	return flags.Filter{Provider: f.Provider, Project: f.Project, Environment: f.Environment}
}

// FlagID identifies a flag in one environment of one project.
type FlagID struct {
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	Environment string `json:"environment"`
	Key         string `json:"key"`
}

// ID maps the identity back.
func (id FlagID) ID() provider.ID { return provider.ID(id) }

// Allocation is the share of the default rule served to one variation.
type Allocation struct {
	Variation string  `json:"variation"`
	Percent   float64 `json:"percent"`
}

func fromAllocation(a provider.Allocation) Allocation { return Allocation(a) }

func (a Allocation) allocation() provider.Allocation { return provider.Allocation(a) }

// Prerequisite is one flag a flag depends on.
type Prerequisite struct {
	Key       string `json:"key"`
	Variation string `json:"variation"`
}

func fromPrerequisite(p provider.Prerequisite) Prerequisite { return Prerequisite(p) }

func (p Prerequisite) prerequisite() provider.Prerequisite { return provider.Prerequisite(p) }

// FlagState is one flag in one environment, as last read from its
// provider.
type FlagState struct {
	Provider          string         `json:"provider"`
	Project           string         `json:"project"`
	Environment       string         `json:"environment"`
	Key               string         `json:"key"`
	Name              string         `json:"name"`
	On                bool           `json:"on"`
	Serving           []Allocation   `json:"serving"`
	OffVariation      string         `json:"off_variation"`
	Rules             int            `json:"rules"`
	Targets           int            `json:"targets"`
	Segments          []string       `json:"segments"`
	LastModified      time.Time      `json:"last_modified"`
	LastEvaluated     *time.Time     `json:"last_evaluated"`
	Archived          bool           `json:"archived"`
	Version           *int           `json:"version"`
	Prerequisites     []Prerequisite `json:"prerequisites"`
	TrafficAllocation float64        `json:"traffic_allocation"`
	Purpose           string         `json:"purpose,omitempty"`
	EvaluationStatus  string         `json:"evaluation_status,omitempty"`
}

// FromFlagState maps a flag's state.
func FromFlagState(s provider.FlagState) FlagState {
	return FlagState{Provider: s.Provider, Project: s.Project, Environment: s.Environment, Key: s.Key, Name: s.Name, On: s.On,
		Serving: mapAll(s.Serving, fromAllocation), OffVariation: s.OffVariation, Rules: s.Rules, Targets: s.Targets,
		Segments: s.Segments, LastModified: s.LastModified, LastEvaluated: s.LastEvaluated, Archived: s.Archived, Version: s.Version,
		Prerequisites: mapAll(s.Prerequisites, fromPrerequisite), TrafficAllocation: s.TrafficAllocation, Purpose: s.Purpose,
		EvaluationStatus: s.EvaluationStatus}
}

// State maps the state back.
func (s FlagState) State() provider.FlagState {
	return provider.FlagState{Provider: s.Provider, Project: s.Project, Environment: s.Environment, Key: s.Key, Name: s.Name, On: s.On,
		Serving: mapAll(s.Serving, Allocation.allocation), OffVariation: s.OffVariation, Rules: s.Rules, Targets: s.Targets,
		Segments: s.Segments, LastModified: s.LastModified, LastEvaluated: s.LastEvaluated, Archived: s.Archived, Version: s.Version,
		Prerequisites: mapAll(s.Prerequisites, Prerequisite.prerequisite), TrafficAllocation: s.TrafficAllocation, Purpose: s.Purpose,
		EvaluationStatus: s.EvaluationStatus}
}

// StoredFlag is the latest known state of a flag and when a sync last
// confirmed it.
type StoredFlag struct {
	FlagState
	CheckedAt time.Time `json:"checked_at"`
}

// FromStoredFlag maps a stored flag.
func FromStoredFlag(f domain.StoredFlag) StoredFlag {
	return StoredFlag{FlagState: FromFlagState(f.FlagState), CheckedAt: f.CheckedAt}
}

// HistoryPoint is one distinct state of a flag, valid from ObservedAt
// until the next point, with the share of the released variation it gave
// and, when the desk made the change, who made it and why.
type HistoryPoint struct {
	ObservedAt time.Time      `json:"observed_at"`
	State      FlagState      `json:"state"`
	Percent    float64        `json:"percent"`
	Change     *HistoryChange `json:"change"`
}

// FromHistoryPoint maps a history point.
func FromHistoryPoint(p flags.Point) HistoryPoint {
	var change *HistoryChange
	if p.Change != nil {
		c := HistoryChange(*p.Change)
		change = &c
	}
	return HistoryPoint{ObservedAt: p.ObservedAt, State: FromFlagState(p.State), Percent: p.Percent, Change: change}
}

// LinkHistory is one linked flag's state history, for a release's
// timeline.
type LinkHistory struct {
	Link   FlagLink       `json:"link"`
	Points []HistoryPoint `json:"points"`
}

// FromLinkHistory maps a linked flag's history.
func FromLinkHistory(h flags.LinkHistory) LinkHistory {
	return LinkHistory{Link: FlagLink(h.Link), Points: mapAll(h.Points, FromHistoryPoint)}
}

// SyncRun records one attempt to pull state from a provider.
type SyncRun struct {
	ID         int64      `json:"id"`
	Provider   string     `json:"provider"`
	Project    string     `json:"project"`
	StartedAt  time.Time  `json:"started_at"`
	FinishedAt *time.Time `json:"finished_at"`
	Status     string     `json:"status"`
	Flags      int        `json:"flags"`
	Changed    int        `json:"changed"`
	Error      string     `json:"error"`
}

// FromSyncRun maps a sync run.
func FromSyncRun(r domain.SyncRun) SyncRun {
	return SyncRun{ID: r.ID, Provider: r.Provider, Project: r.Project, StartedAt: r.StartedAt, FinishedAt: r.FinishedAt,
		Status: string(r.Status), Flags: r.Flags, Changed: r.Changed, Error: r.Error}
}
