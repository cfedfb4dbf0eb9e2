package demo

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
	"rolloutdesk/backend/syncer"
)

func TestLoadTellsTheStory(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	if err := Load(ctx, st, now); err != nil {
		t.Fatal(err)
	}
	plan, err := st.GetPlan(ctx, ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range plan.Phases {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, " → "); got != "Internal → Beta 5% → 25% → 50% → GA" {
		t.Errorf("phases = %s", got)
	}
	if a := plan.ActivePhase(); a == nil || a.Name != "Beta 5%" || !plan.Release.Demo {
		t.Errorf("active phase %v, demo %v", a, plan.Release.Demo)
	}
	latest, err := st.LatestFlags(ctx, store.FlagFilter{Provider: provider.Demo, Environment: Production})
	if err != nil {
		t.Fatal(err)
	}
	if len(latest) != len(flags) {
		t.Fatalf("%d production flags, want %d", len(latest), len(flags))
	}
	hist, err := st.History(ctx, provider.ID{Provider: provider.Demo, Project: Project, Environment: Production, Key: "new-checkout"})
	if err != nil {
		t.Fatal(err)
	}
	var percents []float64
	for _, h := range hist {
		percents = append(percents, h.State.PercentServing("true"))
	}
	if len(percents) != 3 || percents[2] != 5 || hist[0].State.On {
		t.Errorf("new-checkout history percents %v, first on=%v", percents, hist[0].State.On)
	}
	// Loading again replaces the demo rather than duplicating it.
	if err := Load(ctx, st, now); err != nil {
		t.Fatal(err)
	}
	if releases, _ := st.ListReleases(ctx); len(releases) != 1 {
		t.Errorf("%d releases after loading twice", len(releases))
	}
}

func TestSyncOfLoadedDemoChangesNothing(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	anchor := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	if err := Load(ctx, st, anchor); err != nil {
		t.Fatal(err)
	}
	later := func() time.Time { return anchor.Add(time.Hour) }
	s := syncer.Syncer{Store: st, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: later}
	var reports []provider.Progress
	res, err := s.Run(ctx, Source{Anchor: anchor, Now: later}, provider.Scope{Project: Project},
		func(p provider.Progress) { reports = append(reports, p) })
	if err != nil {
		t.Fatal(err)
	}
	run := res.Run
	if run.Status != domain.SyncOK || run.Changed != 0 || run.Flags != 2*len(flags) {
		t.Errorf("run = %+v", run)
	}
	if len(reports) != 2 || reports[1].Done != 2 || reports[1].Total != 2 {
		t.Errorf("progress = %+v", reports)
	}
}

func TestSourceRejectsUnknownScope(t *testing.T) {
	src := Source{Anchor: time.Now(), Now: time.Now}
	tests := []struct {
		scope provider.Scope
		want  string
	}{
		{provider.Scope{Project: "nope"}, `no project "nope"; it has "web-store"`},
		{provider.Scope{Project: Project, Environments: []string{"Production"}}, `no environment "Production"; it has "production", "staging"`},
	}
	for _, tt := range tests {
		_, err := src.Fetch(context.Background(), tt.scope, func(provider.Progress) {})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("scope %+v: err = %v, want %q", tt.scope, err, tt.want)
		}
	}
}

func TestRemoveKeepsUserData(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	if err := Load(ctx, st, time.Now()); err != nil {
		t.Fatal(err)
	}
	mine := Plan(time.Now())
	mine.Release.Key, mine.Release.Demo = "my-release", false
	if _, err := st.SavePlan(ctx, mine); err != nil {
		t.Fatal(err)
	}
	if err := Remove(ctx, st); err != nil {
		t.Fatal(err)
	}
	releases, _ := st.ListReleases(ctx)
	conns, _ := st.ListConnections(ctx)
	latest, _ := st.LatestFlags(ctx, store.FlagFilter{})
	if len(releases) != 1 || releases[0].Key != "my-release" || len(conns) != 0 || len(latest) != 0 {
		t.Fatalf("after remove: releases %+v, connections %+v, flags %d", releases, conns, len(latest))
	}
}
