// Package audit is the workspace's audit log: who did what and when. Every
// service that changes something records it here, and the audit page and
// the command line read it back.
//
// Who: every event names its actor. For a person's action that is
// Actors.Name: the command line's --actor, else the name set in Settings →
// Your name, else the operating system's user. Automatic checks name
// themselves (e.g. "rolloutdesk (drift check)").
//
// Before and after: an event that changes state may carry the state before
// and after as JSON (domain.AuditEvent.Before and After). Make each a JSON
// object with one key per field that a person would recognise, such as
// {"on": true, "fallthrough": "on"} or {"active_phase": "Beta"}; use the
// same keys on both sides, so the audit page can show the fields side by
// side and mark the ones that changed. A string value with line breaks
// (a plan file, a template) is shown as a line diff. Build them with
// Snapshot; leave both empty when nothing was changed (a failed action
// keeps only Before, the state it found).
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// Store is the part of the store the audit log reads and writes.
type Store interface {
	AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error)
	ListAudit(ctx context.Context, f domain.AuditFilter) ([]domain.AuditEvent, error)
}

// Log records and lists audit events.
type Log struct {
	Store Store
	Now   func() time.Time
	// Actor names who acts (see Actors.Func); it fills events recorded
	// without an actor.
	Actor func() string
}

// Record appends one event by the current actor with a summary, filed
// under release when it concerns one.
func (l *Log) Record(ctx context.Context, action, release, summary string) error {
	return l.Append(ctx, domain.AuditEvent{Action: action, Release: release, Summary: summary})
}

// Append appends e, stamped with the current time and, when e names no
// actor, by the current actor.
func (l *Log) Append(ctx context.Context, e domain.AuditEvent) error {
	e.At = l.Now()
	if e.Actor == "" {
		e.Actor = l.actor()
	}
	_, err := l.Store.AppendAudit(ctx, e) // the store names the action in its error
	return err
}

func (l *Log) actor() string {
	if l.Actor == nil {
		return unknownActor
	}
	return l.Actor()
}

// List lists the events matching f, newest first.
func (l *Log) List(ctx context.Context, f domain.AuditFilter) ([]domain.AuditEvent, error) {
	return l.Store.ListAudit(ctx, f)
}

// Snapshot is v as the JSON object an event's Before or After holds: v is
// a struct with json tags or a map of field names to values. A nil v gives
// nil (no state recorded).
func Snapshot(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("recording the state for the audit log: %w", err)
	}
	return b, nil
}
