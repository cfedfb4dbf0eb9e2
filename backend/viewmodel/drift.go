package viewmodel

import (
	"rolloutdesk/backend/drift"
)

// DriftReport is the drift of one release's active phase.
type DriftReport struct {
	Release string      `json:"release"`
	Phase   string      `json:"phase"`
	Flags   []DriftFlag `json:"flags"`
}

// FromDriftReport maps a drift report.
func FromDriftReport(r drift.Report) DriftReport {
	return DriftReport{Release: r.Release, Phase: r.Phase, Flags: mapAll(r.Flags, fromDriftFlag)}
}

// DriftFlag is one linked flag's verdict.
type DriftFlag struct {
	Provider    string      `json:"provider"`
	Project     string      `json:"project"`
	Environment string      `json:"environment"`
	Key         string      `json:"key"`
	Variation   string      `json:"variation"`
	Expected    DriftState  `json:"expected"`
	Actual      *DriftState `json:"actual"`
	ActualText  string      `json:"actual_text"`
	Verdict     string      `json:"verdict"`
	Reason      string      `json:"reason"`
}

func fromDriftFlag(f drift.Flag) DriftFlag {
	return DriftFlag{Provider: f.Provider, Project: f.Project, Environment: f.Environment, Key: f.Key, Variation: f.Variation,
		Expected: DriftState(f.Expected), Actual: (*DriftState)(f.Actual), ActualText: f.ActualText, Verdict: string(f.Verdict), Reason: f.Reason}
}

// DriftState is the part of a flag's state a verdict compares.
type DriftState struct {
	On                bool    `json:"on"`
	Percent           float64 `json:"percent"`
	RulePercent       float64 `json:"rule_percent,omitempty"`
	TrafficAllocation float64 `json:"traffic_allocation,omitempty"`
}

// DriftSummary counts, per release, the linked flags off plan and judged.
type DriftSummary struct {
	Release  string `json:"release"`
	Drifting int    `json:"drifting"`
	Judged   int    `json:"judged"`
}

// FromDriftSummary summarises a drift report.
func FromDriftSummary(r drift.Report) DriftSummary {
	return DriftSummary{Release: r.Release, Drifting: r.Drifting(), Judged: len(r.Flags)}
}

// DriftChange is a linked flag whose verdict changed.
type DriftChange struct {
	Release string    `json:"release"`
	Flag    DriftFlag `json:"flag"`
	Before  string    `json:"before"` // "" the first time the flag is judged
}

func fromDriftChange(c drift.Change) DriftChange {
	return DriftChange{Release: c.Release, Flag: fromDriftFlag(c.Flag), Before: string(c.Before)}
}

// Notification is a desktop notification.
type Notification struct {
	ID    string
	Title string
	Body  string
}

// DriftNotification is the one desktop notification of a batch of changed
// verdicts (kept with drift.Changed): "2 flags changed" and the first few.
func DriftNotification(changes []drift.Change) Notification {
	s := drift.Summarize(changes)
	// One ID for every batch: a newer summary replaces the last one.
	return Notification{ID: "drift-changes", Title: s.Title, Body: s.Body()}
}
