package actions

import (
	"context"
	"errors"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
)

// oneWriter serves w for every account and remembers the last override.
type oneWriter struct {
	w   provider.Writer
	err error
	via *domain.ConnectionOverride
}

func (o *oneWriter) Writer(_ context.Context, _, _ string, via *domain.ConnectionOverride) (provider.Writer, error) {
	o.via = via
	return o.w, o.err
}

func (o *oneWriter) LinkWriter(context.Context, domain.FlagLink) (provider.Writer, error) {
	return o.w, o.err
}

// followers counts the re-judgements and index rebuilds.
type followers struct{ judged, indexed int }

func (f *followers) Recompute(context.Context) ([]drift.Change, error) {
	f.judged++
	return []drift.Change{{Release: "new-checkout"}}, nil
}

func (f *followers) Reindex(context.Context) error { f.indexed++; return nil }

func TestKillEntryPoint(t *testing.T) {
	id := provider.ID{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", Key: "new-checkout"}
	via := &domain.ConnectionOverride{BaseURL: "http://127.0.0.1:9"}
	tests := []struct {
		name        string
		writers     *oneWriter
		req         KillRequest
		wantErr     bool
		wantJudged  int
		wantVia     *domain.ConnectionOverride
		wantChanges int
	}{
		{"saved connection", &oneWriter{}, KillRequest{ID: id, Comment: "INC-1"}, false, 1, nil, 1},
		{"command line account", &oneWriter{}, KillRequest{ID: id, Via: via}, false, 1, via, 1},
		{"no writer", &oneWriter{err: errors.New("no token")}, KillRequest{ID: id}, true, 0, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newService(t)
			if tt.writers.err == nil {
				tt.writers.w = &memWriter{flags: map[string]provider.FlagState{"production/new-checkout": flag("production", "new-checkout", true, 5)}}
			}
			f := &followers{}
			s.Writers, s.Drift, s.Index = tt.writers, f, f
			res, changes, err := s.Kill(t.Context(), tt.req)
			if (err != nil) != tt.wantErr || f.judged != tt.wantJudged || tt.writers.via != tt.wantVia || len(changes) != tt.wantChanges {
				t.Fatalf("Kill = %+v, %+v, %v; judged %d times through %+v", res, changes, err, f.judged, tt.writers.via)
			}
			if !tt.wantErr && res.After.On {
				t.Errorf("the flag reads on after the kill: %+v", res)
			}
		})
	}
}

func TestMoveEntryPoints(t *testing.T) {
	ctx := t.Context()
	s, st, _, w := savedRelease(t)
	f := &followers{}
	s.Writers, s.Drift, s.Index = &oneWriter{w: w}, f, f
	p, err := s.ProposeMove(ctx, "new-checkout", Advance)
	if err != nil || p.To != "25%" {
		t.Fatalf("ProposeMove = %+v, %v", p, err)
	}
	results, changes, err := s.ApplyMove(ctx, Move{Proposal: p, ApplyRollout: true})
	if err != nil || len(results) != 1 || len(changes) != 1 || f.judged != 1 || f.indexed != 1 {
		t.Fatalf("ApplyMove = %+v, %+v, %v; judged %d, indexed %d", results, changes, err, f.judged, f.indexed)
	}
	if got, _ := st.GetPlan(ctx, "new-checkout"); got.ActivePhase().Name != "25%" {
		t.Errorf("active phase after the move: %+v", got.ActivePhase())
	}
	if _, err := s.ProposeMove(ctx, "nope", Advance); err == nil {
		t.Error("proposed a move of an unknown release")
	}
}
