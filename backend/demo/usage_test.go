package demo

import (
	"context"
	"testing"
	"time"
)

func TestEvaluationUsageFollowsTheStory(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	s := Source{Anchor: now, Now: func() time.Time { return now }}
	days, err := s.EvaluationUsage(context.Background(), Project, Production, "new-checkout", now.AddDate(0, 0, -30), now.AddDate(0, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	byDay := map[string]map[string]int64{}
	for _, d := range days {
		k := d.Day.Format(time.DateOnly)
		if byDay[k] == nil {
			byDay[k] = map[string]int64{}
		}
		byDay[k][d.Variation] += d.Evaluations
	}
	prelaunch, beta := byDay["2026-11-08"], byDay["2026-11-27"]
	if prelaunch["true"] != 0 || prelaunch["false"] < 18_000 {
		t.Errorf("before launch (off): %v", prelaunch)
	}
	share := float64(beta["true"]) / float64(beta["true"]+beta["false"]) * 100
	if share < 4.9 || share > 5.1 {
		t.Errorf("in beta 5%% of evaluations should get true, got %.2f%% (%v)", share, beta)
	}
	if len(byDay["2026-11-01"]) != 0 {
		t.Errorf("days before the story began have usage: %v", byDay["2026-11-01"])
	}
	if _, err := s.EvaluationUsage(context.Background(), Project, Production, "nope", now, now.AddDate(0, 0, 1)); err == nil {
		t.Error("an unknown flag has usage")
	}
}
