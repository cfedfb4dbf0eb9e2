// Package audit is the workspace's audit log: who did what and when. Every
// service that changes something records it here, and the audit page and
// the command line read it back.
package audit

import (
	"context"
	"time"

	"rolloutdesk/backend/domain"
)

// Actor is who the audit log names for changes made by a person using this
// workspace, in the app or on the command line.
const Actor = "local user"

// Store is the part of the store the audit log reads and writes.
type Store interface {
	AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error)
	ListAudit(ctx context.Context, f domain.AuditFilter) ([]domain.AuditEvent, error)
}

// Log records and lists audit events.
type Log struct {
	Store Store
	Now   func() time.Time
}

// Record appends one event by Actor with a summary, filed under release
// when it concerns one.
func (l *Log) Record(ctx context.Context, action, release, summary string) error {
	return l.Append(ctx, domain.AuditEvent{Actor: Actor, Action: action, Release: release, Summary: summary})
}

// Append appends e, stamped with the current time.
func (l *Log) Append(ctx context.Context, e domain.AuditEvent) error {
	e.At = l.Now()
	_, err := l.Store.AppendAudit(ctx, e) // the store names the action in its error
	return err
}

// List lists the events matching f, newest first.
func (l *Log) List(ctx context.Context, f domain.AuditFilter) ([]domain.AuditEvent, error) {
	return l.Store.ListAudit(ctx, f)
}
