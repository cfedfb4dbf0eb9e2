package viewmodel

import (
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// AuditEvent records who did what, when, with the state before and after
// as JSON values.
type AuditEvent struct {
	ID      int64     `json:"id"`
	At      time.Time `json:"at"`
	Actor   string    `json:"actor"`
	Action  string    `json:"action"`
	Subject string    `json:"subject"`
	Release string    `json:"release"`
	Summary string    `json:"summary"`
	Comment string    `json:"comment"`
	Before  any       `json:"before,omitempty"`
	After   any       `json:"after,omitempty"`
}

// FromAuditEvent maps an audit event.
func FromAuditEvent(e domain.AuditEvent) AuditEvent {
	out := AuditEvent{ID: e.ID, At: e.At, Actor: e.Actor, Action: e.Action, Subject: e.Subject, Release: e.Release, Summary: e.Summary, Comment: e.Comment}
	if len(e.Before) > 0 {
		out.Before = e.Before
	}
	if len(e.After) > 0 {
		out.After = e.After
	}
	return out
}

// AuditFilter narrows the audit log; empty fields match everything.
type AuditFilter struct {
	Release string `json:"release,omitempty"`
	Action  string `json:"action,omitempty"`
	// Since is an RFC 3339 time.
	Since string `json:"since,omitempty"`
	Limit int    `json:"limit,omitempty"`
}

// Filter maps the filter back.
func (f AuditFilter) Filter() (domain.AuditFilter, error) {
	out := domain.AuditFilter{Release: f.Release, Action: f.Action, Limit: f.Limit}
	if f.Since == "" {
		return out, nil
	}
	since, err := time.Parse(time.RFC3339, f.Since)
	if err != nil {
		return out, fmt.Errorf("audit filter: since %q is not an RFC 3339 time: %w", f.Since, err)
	}
	out.Since = since
	return out, nil
}
