package actions

import (
	"context"
	"errors"
	"strings"
	"testing"

	"rolloutdesk/backend/comms"
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

// followers counts the re-judgements and index rebuilds, and keeps the
// notices drafted (failing with draftErr).
type followers struct {
	judged, indexed int
	drafted         []drafted
	draftErr        error
}

// drafted is one call for notices.
type drafted struct {
	release string
	event   comms.Event
}

func (f *followers) DraftNotices(_ context.Context, release string, e comms.Event) error {
	f.drafted = append(f.drafted, drafted{release, e})
	return f.draftErr
}

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
		draftErr    error
		wantDrafts  int // incidents drafted
	}{
		{"saved connection", &oneWriter{}, KillRequest{ID: id, Comment: "INC-1"}, false, 1, nil, 1, nil, 1},
		{"command line account", &oneWriter{}, KillRequest{ID: id, Via: via}, false, 1, via, 1, nil, 1},
		{"a restore drafts nothing", &oneWriter{}, KillRequest{ID: id, On: true}, false, 1, nil, 1, nil, 0},
		{"no writer", &oneWriter{err: errors.New("no token")}, KillRequest{ID: id}, true, 0, nil, 0, nil, 0},
		{"drafting fails after the kill", &oneWriter{}, KillRequest{ID: id}, true, 1, nil, 1, errors.New("disk full"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newService(t)
			if tt.writers.err == nil {
				tt.writers.w = &memWriter{flags: map[string]provider.FlagState{"production/new-checkout": flag("production", "new-checkout", true, 5)}}
			}
			f := &followers{draftErr: tt.draftErr}
			s.Writers, s.Drift, s.Index, s.Notices = tt.writers, f, f, f
			res, changes, err := s.Kill(t.Context(), tt.req)
			if (err != nil) != tt.wantErr || f.judged != tt.wantJudged || tt.writers.via != tt.wantVia || len(changes) != tt.wantChanges {
				t.Fatalf("Kill = %+v, %+v, %v; judged %d times through %+v", res, changes, err, f.judged, tt.writers.via)
			}
			if !tt.wantErr && res.After.On != tt.req.On {
				t.Errorf("the flag reads %v after the action: %+v", res.After.On, res)
			}
			if tt.draftErr != nil && !strings.Contains(err.Error(), "new-checkout was killed, but drafting who to tell failed: disk full") {
				t.Errorf("error %v, want it to say the kill happened", err)
			}
			if len(f.drafted) != tt.wantDrafts {
				t.Fatalf("drafted %+v, want %d incidents", f.drafted, tt.wantDrafts)
			}
			for _, d := range f.drafted {
				in := d.event.Incident
				if d.release != "" || d.event.Trigger != domain.TriggerIncident || in == nil || in.Flag != id.Key || in.Environment != id.Environment ||
					in.Provider != id.Provider || in.Project != id.Project || in.Comment != tt.req.Comment || in.At.IsZero() {
					t.Errorf("drafted %+v %+v, want the incident of the kill for every release linking it", d, in)
				}
			}
		})
	}
}

func TestMoveEntryPoints(t *testing.T) {
	ctx := t.Context()
	s, st, _, w := savedRelease(t)
	f := &followers{}
	s.Writers, s.Drift, s.Index, s.Notices = &oneWriter{w: w}, f, f, f
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
	if len(f.drafted) != 0 {
		t.Errorf("an advance drafted %+v", f.drafted)
	}
	back, err := s.ProposeMove(ctx, "new-checkout", Rollback)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.ApplyMove(ctx, Move{Proposal: back, Comment: "Conversion dropped"}); err != nil {
		t.Fatal(err)
	}
	if len(f.drafted) != 1 || f.drafted[0].release != "new-checkout" || f.drafted[0].event.Trigger != domain.TriggerRollback ||
		*f.drafted[0].event.Rollback != (comms.Rollback{From: "25%", To: back.To, At: f.drafted[0].event.Rollback.At, Comment: "Conversion dropped"}) ||
		f.drafted[0].event.Phase != "25%" {
		t.Errorf("a rollback drafted %+v, want its notices for 25%%", f.drafted)
	}
	if _, err := s.ProposeMove(ctx, "nope", Advance); err == nil {
		t.Error("proposed a move of an unknown release")
	}
}
