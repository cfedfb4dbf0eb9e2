package syncer

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

// scripted is a provider.Source that returns what it is told to.
type scripted struct {
	states []provider.FlagState
	err    error
}

func (s scripted) Name() string { return provider.LaunchDarkly }

func (s scripted) Fetch(ctx context.Context, _ provider.Scope, report provider.ProgressFunc) ([]provider.FlagState, error) {
	report(provider.Progress{Done: 1, Total: 1})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return s.states, s.err
}

func flag(key string, on bool) provider.FlagState {
	return provider.FlagState{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", Key: key, On: on,
		Serving: []provider.Allocation{{Variation: "true", Percent: 100}}, Segments: []string{}}
}

func TestRunOutcomes(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	s := Syncer{Store: st, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: time.Now}
	scope := provider.Scope{Project: "default"}
	if _, err := s.Run(ctx, scripted{states: []provider.FlagState{flag("a", true)}}, scope, nil); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name       string
		ctx        context.Context
		src        scripted
		wantStatus domain.SyncStatus
	}{
		{"provider error", ctx, scripted{err: errors.New("token rejected")}, domain.SyncFailed},
		{"cancelled", cancelled, scripted{states: []provider.FlagState{flag("a", false)}}, domain.SyncCancelled},
		{"invalid snapshot", ctx, scripted{states: []provider.FlagState{flag("a", false), flag("a", false)}}, domain.SyncFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Run(tt.ctx, tt.src, scope, nil)
			run := res.Run
			if err == nil {
				t.Fatal("failed sync reported success")
			}
			if run.Status != tt.wantStatus || run.FinishedAt == nil {
				t.Errorf("run = %+v", run)
			}
			latest, _ := st.LatestFlags(ctx, store.FlagFilter{})
			if len(latest) != 1 || !latest[0].On {
				t.Errorf("previous state not intact: %+v", latest)
			}
			runs, _ := st.ListSyncs(ctx, 1)
			if len(runs) != 1 || runs[0].Status != tt.wantStatus {
				t.Errorf("recorded run = %+v", runs)
			}
		})
	}
}
