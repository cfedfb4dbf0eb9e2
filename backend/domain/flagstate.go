package domain

import (
	"time"

	"rolloutdesk/backend/provider"
)

// StoredFlag is the latest known state of a flag together with when it was
// last confirmed by a sync.
type StoredFlag struct {
	provider.FlagState
	// CheckedAt is the end of the last sync that read this flag.
	CheckedAt time.Time `json:"checked_at"`
}

// HistoryPoint is one distinct state of a flag, valid from ObservedAt until
// the next point.
type HistoryPoint struct {
	ObservedAt time.Time          `json:"observed_at"`
	State      provider.FlagState `json:"state"`
}

// SyncStatus is the outcome of one sync run.
type SyncStatus string

// Sync outcomes.
const (
	SyncRunning   SyncStatus = "running"
	SyncOK        SyncStatus = "ok"
	SyncFailed    SyncStatus = "failed"
	SyncCancelled SyncStatus = "cancelled"
)

// SyncRun records one attempt to pull state from a provider.
type SyncRun struct {
	ID         int64      `json:"id"`
	Provider   string     `json:"provider"`
	Project    string     `json:"project"`
	StartedAt  time.Time  `json:"started_at"`
	FinishedAt *time.Time `json:"finished_at"`
	Status     SyncStatus `json:"status"`
	Flags      int        `json:"flags"`
	Changed    int        `json:"changed"`
	Error      string     `json:"error"`
}
