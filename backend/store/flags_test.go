package store

import (
	"context"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
)

func state(env, key string, percent float64) provider.FlagState {
	v := 3
	return provider.FlagState{
		Provider: provider.LaunchDarkly, Project: "default", Environment: env, Key: key, Name: key, On: true,
		Serving:      []provider.Allocation{{Variation: "true", Percent: percent}, {Variation: "false", Percent: 100 - percent}},
		OffVariation: "false", Segments: []string{}, LastModified: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), Version: &v,
	}
}

func TestApplySnapshotHistory(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	t0 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	evaluated := t0.Add(-time.Minute)
	steps := []struct {
		name        string
		states      []provider.FlagState
		wantChanged int
		wantLatest  int
	}{
		{"first sync", []provider.FlagState{state("production", "a", 5), state("production", "b", 0), state("staging", "a", 100)}, 3, 3},
		{"unchanged", []provider.FlagState{state("production", "a", 5), state("production", "b", 0), state("staging", "a", 100)}, 0, 3},
		{"a ramps, b vanishes", []provider.FlagState{state("production", "a", 25), state("staging", "a", 100)}, 1, 2},
	}
	for i, step := range steps {
		states := step.states
		states[0].LastEvaluated = &evaluated // moves every sync; must not count as a change
		evaluated = evaluated.Add(time.Hour)
		changed, err := s.ApplySnapshot(ctx, Snapshot{
			Provider: provider.LaunchDarkly, Project: "default", Environments: []string{"production", "staging"},
			States: states, At: t0.Add(time.Duration(i) * time.Hour),
		})
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if changed != step.wantChanged {
			t.Errorf("%s: changed = %d, want %d", step.name, changed, step.wantChanged)
		}
		latest, err := s.LatestFlags(ctx, FlagFilter{Provider: provider.LaunchDarkly})
		if err != nil {
			t.Fatal(err)
		}
		if len(latest) != step.wantLatest {
			t.Errorf("%s: latest = %d flags, want %d", step.name, len(latest), step.wantLatest)
		}
	}
	hist, err := s.History(ctx, provider.ID{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", Key: "a"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].State.PercentServing("true") != 5 || hist[1].State.PercentServing("true") != 25 {
		t.Fatalf("history = %+v", hist)
	}
	if !hist[1].ObservedAt.Equal(t0.Add(2 * time.Hour)) {
		t.Errorf("second point observed at %v", hist[1].ObservedAt)
	}
	latest, _ := s.LatestFlags(ctx, FlagFilter{Environment: "production"})
	if len(latest) != 1 || latest[0].LastEvaluated == nil || !latest[0].CheckedAt.Equal(t0.Add(2*time.Hour)) {
		t.Fatalf("latest production = %+v", latest)
	}
}

func TestApplySnapshotFailureKeepsPreviousState(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	snap := Snapshot{Provider: provider.LaunchDarkly, Project: "default", Environments: []string{"production"},
		States: []provider.FlagState{state("production", "a", 5)}, At: time.Now()}
	if _, err := s.ApplySnapshot(ctx, snap); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		states []provider.FlagState
	}{
		{"duplicate flag", []provider.FlagState{state("production", "a", 50), state("production", "a", 50)}},
		{"foreign project", []provider.FlagState{state("production", "a", 50), func() provider.FlagState {
			f := state("production", "b", 1)
			f.Project = "other"
			return f
		}()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := snap
			bad.States = tt.states
			if _, err := s.ApplySnapshot(ctx, bad); err == nil {
				t.Fatal("applied an invalid snapshot")
			}
			latest, err := s.LatestFlags(ctx, FlagFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(latest) != 1 || latest[0].PercentServing("true") != 5 {
				t.Fatalf("previous state lost: %+v", latest)
			}
		})
	}
}

func TestForgetProvider(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	demo := state("production", "a", 5)
	demo.Provider = provider.Demo
	for _, st := range []provider.FlagState{state("production", "a", 5), demo} {
		if _, err := s.ApplySnapshot(ctx, Snapshot{Provider: st.Provider, Project: st.Project, States: []provider.FlagState{st}, At: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.ForgetProvider(ctx, provider.Demo); err != nil {
		t.Fatal(err)
	}
	latest, _ := s.LatestFlags(ctx, FlagFilter{})
	if len(latest) != 1 || latest[0].Provider != provider.LaunchDarkly {
		t.Fatalf("latest = %+v", latest)
	}
}
