package domain

import (
	"encoding/json"
	"time"
)

// AuditEvent records who did what, when, with the state before and after.
type AuditEvent struct {
	ID      int64     `json:"id"`
	At      time.Time `json:"at"`
	Actor   string    `json:"actor"`
	Action  string    `json:"action"`
	Subject string    `json:"subject"`
	Release string    `json:"release"` // release key, when the event concerns one
	Summary string    `json:"summary"`
	// Comment is what the person typed with the action (the approval
	// record of a phase move, the incident of a kill); "" when none.
	Comment string          `json:"comment"`
	Before  json.RawMessage `json:"before,omitempty"`
	After   json.RawMessage `json:"after,omitempty"`
}

// AuditFilter narrows an audit log listing. Zero values match everything.
type AuditFilter struct {
	Release string    `json:"release"`
	Action  string    `json:"action"`
	Since   time.Time `json:"since"`
	Limit   int       `json:"limit"`
}
