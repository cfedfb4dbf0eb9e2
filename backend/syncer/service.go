package syncer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
)

// Store is the part of the workspace store the sync service uses.
type Store interface {
	Recorder
	ListSyncs(ctx context.Context, limit int) ([]domain.SyncRun, error)
	// GetPlan finds the connections a release's flags come from (SyncRelease).
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
}

// Connections finds the account a sync reads and builds its client.
type Connections interface {
	List(ctx context.Context) ([]domain.Connection, error)
	Get(ctx context.Context, name string) (domain.Connection, error)
	Resolve(ctx context.Context, providerName, project string, o *domain.ConnectionOverride) (domain.Target, error)
	Source(ctx context.Context, t domain.Target) (provider.Source, error)
}

// Judge re-judges every release after new state arrives.
type Judge interface {
	Recompute(ctx context.Context) ([]drift.Change, error)
}

// UsageRefresher reads the providers' usage of the flags releases link in
// a provider project, after a sync of it brought new state.
type UsageRefresher interface {
	RefreshProject(ctx context.Context, providerName, project string) error
}

// Observer hears how a sync goes: its progress, then how it ended. Its
// methods must not block.
type Observer interface {
	Progress(connection string, p provider.Progress)
	Finished(connection string, out Outcome, err error)
}

// Request names what to sync: a saved connection by name, or a provider
// project (the command line's), with Override's fields over the saved
// connection to it.
type Request struct {
	Connection string
	Provider   string
	Project    string
	Override   *domain.ConnectionOverride
}

// Outcome is a finished sync and the drift verdicts it changed.
type Outcome struct {
	Result
	DriftChanges []drift.Change
}

// Service runs syncs one at a time, on request and on schedule, and
// re-judges drift after each.
type Service struct {
	Store       Store
	Connections Connections
	Drift       Judge
	// Usage, when set, is refreshed after every successful sync; its
	// failures are logged, never a failed sync.
	Usage UsageRefresher
	Log   *slog.Logger
	Now   func() time.Time

	mu     sync.Mutex
	cancel context.CancelFunc // cancels the running sync, if any
}

// recentRuns is how many sync runs Runs lists.
const recentRuns = 50

// Runs lists the recent sync runs, newest first.
func (s *Service) Runs(ctx context.Context) ([]domain.SyncRun, error) {
	return s.Store.ListSyncs(ctx, recentRuns)
}

// Sync reads the flags req names into the store, then re-judges every
// release against the new state. Only one sync runs at a time; Cancel stops
// it. obs, when not nil, hears its progress and its end, also when it could
// not start.
func (s *Service) Sync(ctx context.Context, req Request, obs Observer) (out Outcome, err error) {
	label := req.Connection
	if label == "" {
		label = req.Provider + "/" + req.Project
	}
	if obs != nil {
		defer func() { obs.Finished(label, out, err) }()
	}
	ctx, done, err := s.start(ctx)
	if err != nil {
		return Outcome{}, err
	}
	defer done()
	t, err := s.target(ctx, req)
	if err != nil {
		return Outcome{}, err
	}
	src, err := s.Connections.Source(ctx, t)
	if err != nil {
		return Outcome{}, err
	}
	var report provider.ProgressFunc
	if obs != nil {
		report = func(p provider.Progress) { obs.Progress(label, p) }
	}
	run := Syncer{Store: s.Store, Log: s.Log, Now: s.Now}
	res, err := run.Run(ctx, src, provider.Scope{Project: t.Connection.Project, Environments: t.Connection.Environments}, report)
	if err != nil {
		return Outcome{Result: res}, err
	}
	if s.Usage != nil {
		if err := s.Usage.RefreshProject(ctx, res.Run.Provider, res.Run.Project); err != nil {
			s.Log.Warn("read evaluation counts after sync", "error", err)
		}
	}
	changes, err := s.Drift.Recompute(ctx)
	if err != nil {
		return Outcome{Result: res}, fmt.Errorf("the sync was stored, but checking drift failed: %w", err)
	}
	return Outcome{Result: res, DriftChanges: changes}, nil
}

// target is the account req names.
func (s *Service) target(ctx context.Context, req Request) (domain.Target, error) {
	if req.Connection == "" {
		return s.Connections.Resolve(ctx, req.Provider, req.Project, req.Override)
	}
	c, err := s.Connections.Get(ctx, req.Connection)
	return domain.Target{Connection: c}, err
}

// start claims the one sync slot, returning the sync's context and the
// function that frees the slot.
func (s *Service) start(ctx context.Context) (context.Context, func(), error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		return nil, nil, errors.New("a sync is already running; wait for it or cancel it")
	}
	ctx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	return ctx, func() {
		s.mu.Lock()
		s.cancel = nil
		s.mu.Unlock()
		cancel()
	}, nil
}

// Cancel stops the running sync, if any.
func (s *Service) Cancel() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
}
