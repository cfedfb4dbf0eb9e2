package syncer

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store/storetest"
)

// fakeConnections serves saved connections and a source for any of them.
type fakeConnections struct {
	saved []domain.Connection
	src   provider.Source
}

func (f fakeConnections) List(context.Context) ([]domain.Connection, error) { return f.saved, nil }

func (f fakeConnections) Get(_ context.Context, name string) (domain.Connection, error) {
	if i := slices.IndexFunc(f.saved, func(c domain.Connection) bool { return c.Name == name }); i >= 0 {
		return f.saved[i], nil
	}
	return domain.Connection{}, fmt.Errorf("no connection named %q", name)
}

func (f fakeConnections) Resolve(_ context.Context, providerName, project string, _ *domain.ConnectionOverride) (domain.Target, error) {
	return domain.Target{Connection: domain.Connection{Name: providerName + "/" + project, Provider: providerName, Project: project}}, nil
}

func (f fakeConnections) Source(context.Context, domain.Target) (provider.Source, error) {
	return f.src, nil
}

// judged counts the re-judgements.
type judged struct{ n int }

func (j *judged) Recompute(context.Context) ([]drift.Change, error) {
	j.n++
	return []drift.Change{{Release: "checkout"}}, nil
}

// blocking is a source that reports progress, then waits to be cancelled.
type blocking struct{ started chan struct{} }

func (blocking) Name() string { return provider.LaunchDarkly }

func (b blocking) Fetch(ctx context.Context, _ provider.Scope, report provider.ProgressFunc) ([]provider.FlagState, error) {
	report(provider.Progress{Done: 0, Total: 1, Message: "flags page 1"})
	close(b.started)
	<-ctx.Done()
	return nil, ctx.Err()
}

// recorder is an Observer that keeps what it hears.
type recorder struct {
	mu       sync.Mutex
	progress []string
	finished []string
}

func (r *recorder) Progress(connection string, p provider.Progress) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.progress = append(r.progress, connection+": "+p.Message)
}

func (r *recorder) Finished(connection string, out Outcome, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.finished = append(r.finished, fmt.Sprintf("%s: %s %v", connection, out.Run.Status, err))
}

func newService(t *testing.T, conns fakeConnections) (*Service, *judged) {
	t.Helper()
	j := &judged{}
	return &Service{Store: storetest.Open(t), Connections: conns, Drift: j, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: time.Now}, j
}

func TestSyncRequests(t *testing.T) {
	saved := []domain.Connection{{Name: "LD", Provider: provider.LaunchDarkly, Project: "default"}}
	tests := []struct {
		name      string
		req       Request
		wantLabel string
		wantErr   string
	}{
		{"saved connection", Request{Connection: "LD"}, "LD", ""},
		{"command line target", Request{Provider: provider.LaunchDarkly, Project: "default", Override: &domain.ConnectionOverride{}}, "launchdarkly/default", ""},
		{"unknown connection", Request{Connection: "nope"}, "nope", `no connection named "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, j := newService(t, fakeConnections{saved: saved, src: scripted{states: []provider.FlagState{flag("a", true)}}})
			var obs recorder
			out, err := s.Sync(t.Context(), tt.req, &obs)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || j.n != 0 {
					t.Fatalf("err = %v (judged %d times), want %q", err, j.n, tt.wantErr)
				}
			} else if err != nil || out.Run.Flags != 1 || len(out.DriftChanges) != 1 || j.n != 1 {
				t.Fatalf("Sync = %+v, %v (judged %d times)", out, err, j.n)
			}
			if len(obs.finished) != 1 || !strings.HasPrefix(obs.finished[0], tt.wantLabel+": ") {
				t.Errorf("finished = %q, want one for %s", obs.finished, tt.wantLabel)
			}
		})
	}
}

func TestOneSyncAtATime(t *testing.T) {
	src := blocking{started: make(chan struct{})}
	s, _ := newService(t, fakeConnections{saved: []domain.Connection{{Name: "LD", Provider: provider.LaunchDarkly, Project: "default"}}, src: src})
	var obs recorder
	done := make(chan error)
	go func() {
		_, err := s.Sync(context.Background(), Request{Connection: "LD"}, &obs)
		done <- err
	}()
	<-src.started
	if _, err := s.Sync(t.Context(), Request{Connection: "LD"}, &obs); err == nil || !strings.Contains(err.Error(), "already running") {
		t.Fatalf("second sync: %v", err)
	}
	s.Cancel()
	if err := <-done; err == nil || !strings.Contains(err.Error(), "canceled") {
		t.Fatalf("cancelled sync: %v", err)
	}
	if len(obs.finished) != 2 || !strings.Contains(obs.finished[0], "already running") || !strings.HasPrefix(obs.finished[1], "LD: cancelled") {
		t.Errorf("finished = %q, want the refused sync, then the cancelled one", obs.finished)
	}
	if len(obs.progress) != 1 || obs.progress[0] != "LD: flags page 1" {
		t.Errorf("progress = %q", obs.progress)
	}
}

func TestDue(t *testing.T) {
	ctx := t.Context()
	now := time.Now()
	s, _ := newService(t, fakeConnections{saved: []domain.Connection{
		{Name: "manual", Provider: provider.LaunchDarkly, Project: "a"},
		{Name: "hourly", Provider: provider.LaunchDarkly, Project: "b", SyncEveryMinutes: 60},
		{Name: "quarter", Provider: provider.Split, Project: "c", SyncEveryMinutes: 15},
	}})
	for _, run := range []struct{ provider, project string }{{provider.LaunchDarkly, "b"}, {provider.Split, "c"}} {
		if _, err := s.Store.StartSync(ctx, run.provider, run.project, now.Add(-30*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	due, err := s.Due(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(due, ",") != "quarter" {
		t.Fatalf("due = %v, want [quarter]", due)
	}
}
