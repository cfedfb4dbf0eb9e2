package domain

import (
	"encoding/json"
	"time"
)

// DraftState is where a drafted notice is: drafted until someone exports,
// sends or dismisses it.
type DraftState string

// Draft states.
const (
	DraftDrafted   DraftState = "drafted"
	DraftExported  DraftState = "exported"
	DraftSent      DraftState = "sent"
	DraftDismissed DraftState = "dismissed"
)

// CanBecome reports whether a draft in state s moves to state to: a draft
// is exported, sent or dismissed once drafted, sent or dismissed once
// exported, and stays sent or dismissed.
func (s DraftState) CanBecome(to DraftState) bool {
	switch s {
	case DraftDrafted:
		return to == DraftExported || to == DraftSent || to == DraftDismissed
	case DraftExported:
		return to == DraftSent || to == DraftDismissed
	}
	return false
}

// Draft is a notice drafted when something happened to a release — a kill
// switch used, a phase rolled back: the template to render for the event.
type Draft struct {
	ID       int64   `json:"id"`
	Release  string  `json:"release"` // key
	Trigger  Trigger `json:"trigger"`
	Template string  `json:"template"`
	// Event is what happened, as comms.Event encodes it.
	Event     json.RawMessage `json:"event"`
	State     DraftState      `json:"state"`
	CreatedAt time.Time       `json:"created_at"`
	UpdatedAt time.Time       `json:"updated_at"`
}
