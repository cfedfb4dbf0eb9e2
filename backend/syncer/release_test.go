package syncer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

func TestSyncRelease(t *testing.T) {
	saved := []domain.Connection{
		{Name: "LD", Provider: provider.LaunchDarkly, Project: "default"},
		{Name: "Split", Provider: provider.Split, Project: "Web Store"},
		{Name: "LD again", Provider: provider.LaunchDarkly, Project: "default"},
	}
	link := domain.FlagLink{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", FlagKey: "a", Variation: "true"}
	tests := []struct {
		name     string
		links    []domain.FlagLink
		conns    []domain.Connection
		finished []string
		wantErr  string
	}{
		{name: "every connection of the release's provider project", links: []domain.FlagLink{link}, conns: saved,
			finished: []string{"LD: ok <nil>", "LD again: ok <nil>"}},
		{name: "no linked flags", conns: saved, wantErr: "links no flags, so there is nothing to sync"},
		{name: "no matching connection", links: []domain.FlagLink{link}, conns: saved[1:2],
			wantErr: `no saved connection reads the flags of release checkout (launchdarkly project "default"): add one in Settings → Connections`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, j := newService(t, fakeConnections{saved: tt.conns, src: scripted{states: []provider.FlagState{flag("a", true)}}})
			ctx := context.Background()
			plan := domain.Plan{Release: domain.Release{Key: "checkout", Name: "Checkout"}, Links: tt.links,
				Phases: []domain.Phase{{Name: "Beta", Status: domain.PhasePlanned}}}
			if _, err := s.Store.(interface {
				SavePlan(context.Context, domain.Plan) (int64, error)
			}).SavePlan(ctx, plan); err != nil {
				t.Fatal(err)
			}
			obs := &recorder{}
			out, err := s.SyncRelease(ctx, "checkout", obs)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("SyncRelease error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(obs.finished, tt.finished) || len(out.Runs) != len(tt.finished) || j.n != len(tt.finished) {
				t.Errorf("finished %q, %d runs, %d re-judgements; want %q", obs.finished, len(out.Runs), j.n, tt.finished)
			}
			// Both syncs report the same change: merged, it is one.
			if len(out.DriftChanges) != 1 {
				t.Errorf("drift changes = %+v, want the one merged", out.DriftChanges)
			}
		})
	}
}
