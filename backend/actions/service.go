package actions

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// Recorder is the part of the store actions write to.
type Recorder interface {
	ApplySnapshot(ctx context.Context, snap store.Snapshot) (int, error)
	AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error)
}

// Store is the part of the workspace store actions use.
type Store interface {
	Recorder
	PlanSaver
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	LatestFlags(ctx context.Context, f store.FlagFilter) ([]domain.StoredFlag, error)
}

// Writers finds the provider writer for a flag's account.
type Writers interface {
	// Writer is the writer for a provider project: through its saved
	// connection, with o's fields over it when o is given.
	Writer(ctx context.Context, providerName, project string, o *domain.ConnectionOverride) (provider.Writer, error)
	// LinkWriter is the writer for the account a linked flag lives in.
	LinkWriter(ctx context.Context, link domain.FlagLink) (provider.Writer, error)
}

// Judge re-judges every release after a flag or a phase changes.
type Judge interface {
	Recompute(ctx context.Context) ([]drift.Change, error)
}

// Indexer brings the support search index up to date after a phase move.
type Indexer interface {
	Reindex(ctx context.Context) error
}

// Notices drafts who to tell about what an action did: the incident
// notices of a kill, the rollback notices of a phase moved back. For an
// incident, release "" means every release linking the killed flag, and an
// event without a phase is drafted for each release's current phase.
type Notices interface {
	DraftNotices(ctx context.Context, release string, e comms.Event) error
}

// Service performs actions through the providers and records them: kill
// switches, restores and phase moves.
type Service struct {
	Store   Store
	Writers Writers
	Drift   Judge
	Index   Indexer
	Notices Notices
	Now     func() time.Time
	// Actor names who acts (audit.Actors.Func).
	Actor func() string
}

// KillRequest asks to turn a flag off for everyone, or back on.
type KillRequest struct {
	ID provider.ID
	// On restores the flag instead of killing it.
	On bool
	// Comment goes to the provider's audit log.
	Comment string
	// Release, when set, files the audit event under that release.
	Release string
	// Via names the account on the command line; nil means the saved
	// connection to the flag's provider project.
	Via *domain.ConnectionOverride
}

// Kill turns a flag off (or, with req.On, back on) through its provider,
// reads it back, then re-judges drift. A kill then drafts the incident
// notices of every release linking the flag, with the time, the flag, its
// environment and req.Comment. The result is what the provider reports
// afterwards; a write the provider refused, or one that did not take, is
// an error.
func (s *Service) Kill(ctx context.Context, req KillRequest) (Result, []drift.Change, error) {
	w, err := s.Writers.Writer(ctx, req.ID.Provider, req.ID.Project, req.Via)
	if err != nil {
		return Result{ID: req.ID}, nil, err
	}
	res, err := s.kill(ctx, w, req.ID, req.On, req.Comment, req.Release)
	if err != nil {
		return res, nil, err
	}
	changes, err := s.Drift.Recompute(ctx)
	if err != nil || req.On {
		return res, changes, err
	}
	id := req.ID
	incident := comms.Event{Trigger: domain.TriggerIncident, Incident: &comms.Incident{
		Flag: id.Key, Environment: id.Environment, Provider: id.Provider, Project: id.Project, At: s.Now(), Comment: req.Comment}}
	if err := s.Notices.DraftNotices(ctx, "", incident); err != nil {
		return res, changes, fmt.Errorf("%s was killed, but drafting who to tell failed: %w", id.Key, err)
	}
	return res, changes, nil
}

// KillImpact says, from the latest synced state, what killing flag id does
// beyond the flag itself: the flags that require it, and whether it is a
// migration or archived flag.
func (s *Service) KillImpact(ctx context.Context, id provider.ID) (KillImpact, error) {
	latest, err := s.Store.LatestFlags(ctx, store.FlagFilter{Provider: id.Provider, Project: id.Project, Environment: id.Environment})
	if err != nil {
		return KillImpact{}, err
	}
	flag := provider.FlagState{Provider: id.Provider, Project: id.Project, Environment: id.Environment, Key: id.Key}
	if i := slices.IndexFunc(latest, func(f domain.StoredFlag) bool { return f.Key == id.Key }); i >= 0 {
		flag = latest[i].FlagState
	}
	return AssessKill(flag, latest), nil
}

// ProposeMove previews advancing or rolling back a release: the phase that
// becomes active and each flag's new default rule. Nothing is written.
func (s *Service) ProposeMove(ctx context.Context, release string, dir Direction) (Proposal, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return Proposal{}, err
	}
	return Propose(ctx, plan, dir, s.Writers.LinkWriter)
}

// ApplyMove performs a previewed move, then re-judges drift and updates
// the support index (phase dates and statuses show in the guides). A
// rollback then drafts its notices (see Notices), for the phase rolled
// back from.
func (s *Service) ApplyMove(ctx context.Context, m Move) ([]Result, []drift.Change, error) {
	plan, err := s.Store.GetPlan(ctx, m.Proposal.Release)
	if err != nil {
		return nil, nil, err
	}
	results, err := s.apply(ctx, plan, m, s.Writers.LinkWriter, s.Store)
	if err != nil {
		return results, nil, err
	}
	changes, err := s.Drift.Recompute(ctx)
	if err != nil {
		return results, changes, err
	}
	if err := s.Index.Reindex(ctx); err != nil {
		return results, changes, err
	}
	if m.Proposal.Direction != Rollback {
		return results, changes, nil
	}
	rollback := comms.NewRollback(m.Proposal.From, m.Proposal.To, s.Now(), m.Comment)
	if err := s.Notices.DraftNotices(ctx, plan.Release.Key, rollback); err != nil {
		return results, changes, fmt.Errorf("the release was rolled back, but drafting who to tell failed: %w", err)
	}
	return results, changes, nil
}

// Result is one flag before and after an action, both read from the provider.
type Result struct {
	ID     provider.ID        `json:"id"`
	Before provider.FlagState `json:"before"`
	After  provider.FlagState `json:"after"`
}

// kill turns a flag off (on=false) or restores it (on=true) through w,
// then re-reads it.
func (s *Service) kill(ctx context.Context, w provider.Writer, id provider.ID, on bool, comment, release string) (Result, error) {
	action := domain.ActionFlagKill
	if on {
		action = domain.ActionFlagRestore
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
	return res, s.record(ctx, action, release, summary, comment, res)
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

// record stores the new state of the flag and audits the action with the
// comment typed for it.
func (s *Service) record(ctx context.Context, action, release, summary, comment string, r Result) error {
	if _, err := s.Store.ApplySnapshot(ctx, store.Snapshot{
		Provider: r.ID.Provider, Project: r.After.Project, States: []provider.FlagState{r.After}, At: s.Now(),
	}); err != nil {
		return fmt.Errorf("the change was made, but storing the new state failed (sync to catch up): %w", err)
	}
	before, _ := json.Marshal(r.Before)
	after, _ := json.Marshal(r.After)
	_, err := s.Store.AppendAudit(ctx, domain.AuditEvent{
		At: s.Now(), Actor: s.Actor(), Action: action, Release: release, Subject: subject(r.ID),
		Summary: summary, Comment: comment, Before: before, After: after,
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
		At: s.Now(), Actor: s.Actor(), Action: action + ".failed", Release: release, Subject: subject(id),
		Summary: summary, Before: state,
	}); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

// subject is the audit subject of an action on flag id; a flag's history
// finds its changes by it.
func subject(id provider.ID) string { return domain.FlagSubject(id) }

// sameServing reports whether two states serve the same default rule and
// on/off state: what a preview was computed from still holds.
func sameServing(a, b provider.FlagState) bool {
	return a.On == b.On && slices.Equal(a.Serving, b.Serving)
}
