package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
)

func saveRelease(t testing.TB, s *Store, key string) {
	t.Helper()
	if _, err := s.SavePlan(context.Background(), domain.Plan{Release: domain.Release{Key: key, Name: key}}); err != nil {
		t.Fatal(err)
	}
}

func TestMetricValues(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	saveRelease(t, s, "r")
	d := func(day int) time.Time { return time.Date(2026, 11, day, 0, 0, 0, 0, time.UTC) }
	at := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	saved, err := s.SaveMetricValues(ctx, "r", []metrics.Value{{Metric: "error_rate", Day: d(24), Value: 0.4}, {Metric: "error_rate", Day: d(25), Value: 0.6}}, "first.csv", at)
	if err != nil || saved != (MetricsSaved{Added: 2}) {
		t.Fatalf("first save = %+v, %v", saved, err)
	}
	saved, err = s.SaveMetricValues(ctx, "r", []metrics.Value{{Metric: "error_rate", Day: d(25), Value: 0.3}, {Metric: "conversion", Day: d(25), Value: 3.2}}, "fix.csv", at)
	if err != nil || saved != (MetricsSaved{Added: 1, Replaced: 1}) {
		t.Fatalf("second save = %+v, %v", saved, err)
	}
	// Saving the plan again replaces the release row; its metrics stay.
	saveRelease(t, s, "r")
	got, err := s.MetricValues(ctx, "r")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, v := range got {
		lines = append(lines, fmt.Sprintf("%s %s %g %s", v.Metric, v.Day.Format(time.DateOnly), v.Value.Value, v.Source))
	}
	want := "conversion 2026-11-25 3.2 fix.csv|error_rate 2026-11-24 0.4 first.csv|error_rate 2026-11-25 0.3 fix.csv"
	if strings.Join(lines, "|") != want {
		t.Errorf("stored %s, want %s", strings.Join(lines, "|"), want)
	}
	if _, err := s.SaveMetricValues(ctx, "nope", nil, "x.csv", at); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown release: %v", err)
	}
	if err := s.DeleteRelease(ctx, "r"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.MetricValues(ctx, "r"); len(got) != 0 {
		t.Errorf("metrics outlived their release: %+v", got)
	}
}

// BenchmarkImportMetrics reads and stores 100,000 metric values from one
// wide CSV file (1,000 days × 100 metrics), as `metrics import` does. The
// requirement is under 2 s per import.
func BenchmarkImportMetrics(b *testing.B) {
	var csv strings.Builder
	csv.WriteString("date")
	for m := range 100 {
		fmt.Fprintf(&csv, ",metric_%d", m)
	}
	csv.WriteString("\n")
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := range 1000 {
		csv.WriteString(start.AddDate(0, 0, d).Format(time.DateOnly))
		for m := range 100 {
			fmt.Fprintf(&csv, ",%d.%d", d%7, m)
		}
		csv.WriteString("\n")
	}
	file := csv.String()
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	i := 0
	for b.Loop() {
		// Each import goes into a release of its own, as a first import
		// does; a re-import replaces values instead and costs about as much.
		b.StopTimer()
		release := fmt.Sprintf("r%d", i)
		i++
		saveRelease(b, s, release)
		b.StartTimer()
		values, err := metrics.ReadCSV("bench.csv", strings.NewReader(file))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.SaveMetricValues(context.Background(), release, values, "bench.csv", time.Now()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(100_000, "rows/op")
}
