package readiness

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/store"
)

// Imported is what a metrics import or entry did, and the verdicts it
// changed.
type Imported struct {
	store.MetricsSaved
	Metrics []string `json:"metrics"` // the metric names in the file, sorted
	Changes []Change `json:"changes"`
}

// ImportMetrics reads a CSV export (see metrics.ReadCSV) for a release and
// stores its values, replacing those for the same metric and day. A file
// with any problem changes nothing. name is the file's name as the user
// knows it; it prefixes problems and is kept as the values' source.
func (s *Service) ImportMetrics(ctx context.Context, release, name string, r io.Reader) (Imported, error) {
	values, err := metrics.ReadCSV(name, r)
	if err != nil {
		return Imported{}, err
	}
	if err := s.notBuiltIn(metricNames(values)...); err != nil {
		return Imported{}, fmt.Errorf("%s: %w", name, err)
	}
	return s.save(ctx, release, values, name, fmt.Sprintf("Imported %s", name))
}

// EnterMetric stores one value typed in the app.
func (s *Service) EnterMetric(ctx context.Context, release, metric string, day time.Time, value float64) (Imported, error) {
	name := metrics.Name(metric)
	if name == "" || name != metric {
		return Imported{}, fmt.Errorf("metric %q is not a metric name: use lower-case letters, digits and _, starting with a letter (e.g. error_rate)", metric)
	}
	if err := s.notBuiltIn(name); err != nil {
		return Imported{}, err
	}
	v := metrics.Value{Metric: name, Day: dayOf(day), Value: value}
	return s.save(ctx, release, []metrics.Value{v}, "entered in the app",
		fmt.Sprintf("Entered %s = %s for %s", name, strconv.FormatFloat(value, 'f', -1, 64), day.Format(time.DateOnly)))
}

func (s *Service) save(ctx context.Context, release string, values []metrics.Value, source, what string) (Imported, error) {
	saved, err := s.Store.SaveMetricValues(ctx, release, values, source, s.Now())
	if err != nil {
		return Imported{}, err
	}
	res := Imported{MetricsSaved: saved, Metrics: metricNames(values)}
	summary := fmt.Sprintf("%s: %d values added, %d replaced", what, saved.Added, saved.Replaced)
	if err := s.audit(ctx, "metrics.import", release, source, summary); err != nil {
		return res, err
	}
	res.Changes, err = s.Recheck(ctx)
	return res, err
}

func metricNames(values []metrics.Value) []string {
	seen := map[string]bool{}
	names := []string{}
	for _, v := range values {
		if !seen[v.Metric] {
			seen[v.Metric] = true
			names = append(names, v.Metric)
		}
	}
	slices.Sort(names)
	return names
}

// notBuiltIn refuses metric names Rollout Desk computes itself.
func (s *Service) notBuiltIn(names ...string) error {
	for _, b := range s.BuiltIns {
		for _, n := range names {
			if slices.Contains(b.Names, n) {
				return fmt.Errorf("%s is computed by Rollout Desk from %s; it cannot be imported or entered: rename it", n, b.From)
			}
		}
	}
	return nil
}

// Values lists a release's stored metric values, by metric and day.
func (s *Service) Values(ctx context.Context, release string) ([]store.MetricValue, error) {
	if _, err := s.Store.GetPlan(ctx, release); err != nil {
		return nil, fmt.Errorf("metrics of %s: %w", release, err)
	}
	return s.Store.MetricValues(ctx, release)
}

// ImportMetricsFile is ImportMetrics for the file at path.
func (s *Service) ImportMetricsFile(ctx context.Context, release, path string) (Imported, error) {
	f, err := os.Open(path)
	if err != nil {
		return Imported{}, fmt.Errorf("import metrics: %w", err)
	}
	defer f.Close()
	return s.ImportMetrics(ctx, release, filepath.Base(path), f)
}
