package store

import (
	"context"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
)

func TestUsageAndEvaluationStatus(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id := provider.ID{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", Key: "a"}
	d := func(day int) time.Time { return time.Date(2026, 11, day, 0, 0, 0, 0, time.UTC) }
	if err := s.SaveUsage(ctx, id, []provider.UsageDay{{Day: d(26), Variation: "true", Evaluations: 10}, {Day: d(27), Variation: "true", Evaluations: 4}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveUsage(ctx, id, []provider.UsageDay{{Day: d(27), Variation: "true", Evaluations: 9}, {Day: d(27), Variation: "false", Evaluations: 1}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Usage(ctx, id, d(27))
	if err != nil || len(got) != 2 || got[0].Variation != "false" || got[1].Evaluations != 9 {
		t.Fatalf("usage since 27 Nov = %+v, %v", got, err)
	}

	// A change of evaluation status alone is no change of the flag, but the
	// latest state shows it.
	st := state("production", "a", 5)
	for i, status := range []string{"new", "active"} {
		st.EvaluationStatus = status
		changed, err := s.ApplySnapshot(ctx, Snapshot{Provider: provider.LaunchDarkly, Project: "default",
			Environments: []string{"production"}, States: []provider.FlagState{st}, At: d(27 + i)})
		if err != nil || changed != 1-i {
			t.Fatalf("sync %d: changed %d, %v", i, changed, err)
		}
		latest, _ := s.LatestFlags(ctx, FlagFilter{})
		if latest[0].EvaluationStatus != status {
			t.Errorf("latest status = %q, want %q", latest[0].EvaluationStatus, status)
		}
	}
}
