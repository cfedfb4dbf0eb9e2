package viewmodel

import (
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/syncer"
)

// Event is a payload the backend pushes to the window under its name.
type Event interface {
	EventName() string
}

// Events lists one value of every event type, for the TypeScript
// generator (backend/devtools/eventgen).
func Events() []Event {
	return []Event{SyncProgress{}, SyncFinished{}, DriftChanged{}, ReadinessChanged{}}
}

// SyncProgress reports how far a sync has come.
type SyncProgress struct {
	Connection string `json:"connection"`
	Done       int    `json:"done"`
	Total      int    `json:"total"`
	Message    string `json:"message"`
}

// EventName implements Event.
func (SyncProgress) EventName() string { return "sync:progress" }

// FromProgress maps a sync's progress.
func FromProgress(connection string, p provider.Progress) SyncProgress {
	return SyncProgress{Connection: connection, Done: p.Done, Total: p.Total, Message: p.Message}
}

// SyncFinished says how a sync ended; Error is "" when it succeeded.
type SyncFinished struct {
	Connection string `json:"connection"`
	Status     string `json:"status"`
	Flags      int    `json:"flags"`
	Changed    int    `json:"changed"`
	Error      string `json:"error"`
}

// EventName implements Event.
func (SyncFinished) EventName() string { return "sync:finished" }

// FromSyncOutcome maps how a sync ended.
func FromSyncOutcome(connection string, out syncer.Outcome, err error) SyncFinished {
	f := SyncFinished{Connection: connection, Status: string(out.Run.Status), Flags: out.Run.Flags, Changed: out.Run.Changed}
	if err != nil {
		f.Error = err.Error()
	}
	return f
}

// DriftChanged summarises the drift verdicts one sync or action changed,
// for one toast: only flags whose verdict changed (see drift.Changed).
type DriftChanged struct {
	// Title counts them: "3 flags changed".
	Title string `json:"title"`
	// Lines word the first few: "new-checkout: express-pay (production) now on plan".
	Lines []string `json:"lines"`
	// More counts the changes Lines leaves out.
	More int `json:"more"`
	// AllOnPlan is set when every change brought a flag back on plan.
	AllOnPlan bool          `json:"all_on_plan"`
	Changes   []DriftChange `json:"changes"`
}

// EventName implements Event.
func (DriftChanged) EventName() string { return "drift:changed" }

// FromDriftChanges summarises changes the caller kept with drift.Changed.
func FromDriftChanges(changes []drift.Change) DriftChanged {
	s := drift.Summarize(changes)
	return DriftChanged{Title: s.Title, Lines: s.Lines, More: s.More, AllOnPlan: s.AllOnPlan, Changes: mapAll(changes, fromDriftChange)}
}
