package actions

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// Recorder is the part of the store actions write to.
type Recorder interface {
	ApplySnapshot(ctx context.Context, snap store.Snapshot) (int, error)
	AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error)
}

// Service performs actions and records them.
type Service struct {
	Store Recorder
	Now   func() time.Time
	Actor string
}

// Result is one flag before and after an action, both read from the provider.
type Result struct {
	ID     provider.ID        `json:"id"`
	Before provider.FlagState `json:"before"`
	After  provider.FlagState `json:"after"`
}

// Kill turns a flag off (on=false) or restores it (on=true), then re-reads
// it. The result is what the provider reports afterwards; a write the
// provider refused, or one that did not take, is an error.
func (s *Service) Kill(ctx context.Context, w provider.Writer, id provider.ID, on bool, comment, release string) (Result, error) {
	action := "flag.kill"
	if on {
		action = "flag.restore"
	}
	res := Result{ID: id}
	before, err := w.ReadFlag(ctx, id.Project, id.Environment, id.Key)
	if err != nil {
		return res, fmt.Errorf("%s %s in %s: read it first: %w", verb(on), id.Key, id.Environment, err)
	}
	res.Before = before
	if before.Archived {
		return res, s.failed(ctx, action, release, id, before, fmt.Errorf("%s %s in %s: %w in %s; restore it there first", verb(on), id.Key, id.Environment, provider.ErrArchived, id.Provider))
	}
	if err := w.SetOn(ctx, id.Project, id.Environment, id.Key, on, comment); err != nil {
		return res, s.failed(ctx, action, release, id, before, fmt.Errorf("%s %s in %s: %w", verb(on), id.Key, id.Environment, err))
	}
	after, err := w.ReadFlag(ctx, id.Project, id.Environment, id.Key)
	if err != nil {
		return res, s.failed(ctx, action, release, id, before,
			fmt.Errorf("%s %s in %s: the provider accepted it, but reading the flag back failed, so the result is unknown: %w", verb(on), id.Key, id.Environment, err))
	}
	res.After = after
	if after.On != on {
		return res, s.failed(ctx, action, release, id, before,
			fmt.Errorf("%s %s in %s: the provider accepted it, but the flag still reads %s", verb(on), id.Key, id.Environment, onOff(after.On)))
	}
	summary := fmt.Sprintf("%s %s in %s/%s (was %s)", pastVerb(on), id.Key, id.Project, id.Environment, onOff(before.On))
	if comment != "" {
		summary += ": " + comment
	}
	return res, s.record(ctx, action, release, summary, res)
}

func verb(on bool) string {
	if on {
		return "restore"
	}
	return "kill"
}

func pastVerb(on bool) string {
	if on {
		return "Restored"
	}
	return "Killed"
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}

// record stores the new state of the flag and audits the action.
func (s *Service) record(ctx context.Context, action, release, summary string, r Result) error {
	if _, err := s.Store.ApplySnapshot(ctx, store.Snapshot{
		Provider: r.ID.Provider, Project: r.After.Project, States: []provider.FlagState{r.After}, At: s.Now(),
	}); err != nil {
		return fmt.Errorf("the change was made, but storing the new state failed (sync to catch up): %w", err)
	}
	before, _ := json.Marshal(r.Before)
	after, _ := json.Marshal(r.After)
	_, err := s.Store.AppendAudit(ctx, domain.AuditEvent{
		At: s.Now(), Actor: s.Actor, Action: action, Release: release, Subject: subject(r.ID),
		Summary: summary, Before: before, After: after,
	})
	return err
}

// failed audits a failed action and returns its error.
func (s *Service) failed(ctx context.Context, action, release string, id provider.ID, before provider.FlagState, cause error) error {
	state, _ := json.Marshal(before)
	summary := "Failed: " + cause.Error()
	switch {
	case errors.Is(cause, provider.ErrApprovalRequired):
		summary = "Refused, approval required: " + cause.Error()
	case errors.Is(cause, provider.ErrPendingChanges):
		summary = "Refused, conflicts with scheduled changes or approvals: " + cause.Error()
	case errors.Is(cause, provider.ErrArchived):
		summary = "Refused, the flag is archived: " + cause.Error()
	}
	if _, err := s.Store.AppendAudit(ctx, domain.AuditEvent{
		At: s.Now(), Actor: s.Actor, Action: action + ".failed", Release: release, Subject: subject(id),
		Summary: summary, Before: state,
	}); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

func subject(id provider.ID) string {
	return fmt.Sprintf("%s %s/%s %s", id.Provider, id.Project, id.Environment, id.Key)
}

// sameServing reports whether two states serve the same default rule and
// on/off state: what a preview was computed from still holds.
func sameServing(a, b provider.FlagState) bool {
	return a.On == b.On && slices.Equal(a.Serving, b.Serving)
}
