// Package syncer pulls flag state from a provider.Source and records it in the
// store as one all-or-nothing snapshot, with a sync-run record either way.
package syncer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// Recorder is the part of the store a sync writes to.
type Recorder interface {
	StartSync(ctx context.Context, providerName, project string, at time.Time) (int64, error)
	FinishSync(ctx context.Context, run domain.SyncRun) error
	ApplySnapshot(ctx context.Context, snap store.Snapshot) (int, error)
}

// Syncer runs syncs against one store.
type Syncer struct {
	Store Recorder
	Log   *slog.Logger
	Now   func() time.Time
}

// Result is a finished sync: its recorded run and the states it read.
type Result struct {
	Run    domain.SyncRun
	States []provider.FlagState
}

// Run fetches scope from src and stores it. On failure or cancellation the
// previously stored state is untouched and the run is recorded as such.
func (s *Syncer) Run(ctx context.Context, src provider.Source, scope provider.Scope, report provider.ProgressFunc) (Result, error) {
	run := domain.SyncRun{Provider: src.Name(), Project: scope.Project, StartedAt: s.Now(), Status: domain.SyncRunning}
	// The run is recorded even when ctx is already cancelled, so every attempt
	// leaves a trace.
	bookkeeping := context.WithoutCancel(ctx)
	id, err := s.Store.StartSync(bookkeeping, run.Provider, run.Project, run.StartedAt)
	if err != nil {
		return Result{Run: run}, err
	}
	run.ID = id
	if report == nil {
		report = func(provider.Progress) {}
	}
	ctx, report = withRateLimitProgress(ctx, report)
	states, err := src.Fetch(ctx, scope, report)
	if err == nil {
		run.Flags = len(states)
		run.Project = snapshotProject(scope, states)
		run.Changed, err = s.Store.ApplySnapshot(ctx, store.Snapshot{
			Provider: run.Provider, Project: run.Project,
			Environments: coveredEnvironments(scope, states), States: states, At: s.Now(), SyncID: id,
		})
	}
	finished := s.Now()
	run.FinishedAt = &finished
	switch {
	case err == nil:
		run.Status = domain.SyncOK
	case errors.Is(err, context.Canceled):
		run.Status, run.Error = domain.SyncCancelled, "cancelled"
	default:
		run.Status, run.Error = domain.SyncFailed, err.Error()
	}
	if ferr := s.Store.FinishSync(bookkeeping, run); ferr != nil {
		err = errors.Join(err, ferr)
	}
	s.Log.Info("sync finished", "provider", run.Provider, "project", run.Project, "status", run.Status,
		"flags", run.Flags, "changed", run.Changed, "error", run.Error)
	if err != nil {
		return Result{Run: run}, fmt.Errorf("sync %s %s: %w", run.Provider, run.Project, err)
	}
	return Result{Run: run, States: states}, nil
}

// snapshotProject is the project name the provider reported (Split resolves a
// workspace id to its name), or the requested one when nothing came back.
func snapshotProject(scope provider.Scope, states []provider.FlagState) string {
	if len(states) > 0 {
		return states[0].Project
	}
	return scope.Project
}

// coveredEnvironments lists the environments a sync speaks for: those that
// came back and those asked for (an environment asked for that returned no
// flags has none left).
func coveredEnvironments(scope provider.Scope, states []provider.FlagState) []string {
	envs := slices.Clone(scope.Environments)
	for _, st := range states {
		if !slices.Contains(envs, st.Environment) {
			envs = append(envs, st.Environment)
		}
	}
	return envs
}
