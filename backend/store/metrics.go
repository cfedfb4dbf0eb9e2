package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/metrics"
)

// MetricValue is a stored metric value and where it came from.
type MetricValue struct {
	metrics.Value
	Source    string    `json:"source"`
	UpdatedAt time.Time `json:"updated_at"`
}

// MetricsSaved says what saving metric values did.
type MetricsSaved struct {
	Added    int `json:"added"`
	Replaced int `json:"replaced"`
}

// SaveMetricValues stores values for a release in one transaction; a value
// for a metric and day the release already has replaces it. source says
// where the values came from (a file name, "entered in the app").
func (s *Store) SaveMetricValues(ctx context.Context, release string, values []metrics.Value, source string, at time.Time) (MetricsSaved, error) {
	var saved MetricsSaved
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var exists int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM releases WHERE key = ?`, release).Scan(&exists); err != nil {
			return err
		}
		if exists == 0 {
			return fmt.Errorf("release %q: %w", release, ErrNotFound)
		}
		var before int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM metric_values WHERE release = ?`, release).Scan(&before); err != nil {
			return err
		}
		// In key order the B-tree is filled page by page; in a file's
		// (day-major) order a large import touches pages all over it and
		// spills them again and again.
		sorted := slices.SortedFunc(slices.Values(values), func(a, b metrics.Value) int {
			return cmp.Or(strings.Compare(a.Metric, b.Metric), a.Day.Compare(b.Day))
		})
		if err := upsertMetricValues(ctx, tx, release, sorted, source, timeText(at)); err != nil {
			return err
		}
		var after int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM metric_values WHERE release = ?`, release).Scan(&after); err != nil {
			return err
		}
		saved = MetricsSaved{Added: after - before, Replaced: len(values) - (after - before)}
		return nil
	})
	if err != nil {
		return MetricsSaved{}, fmt.Errorf("save metrics of %s: %w", release, err)
	}
	return saved, nil
}

// MetricValues returns every stored value of a release, by metric and day.
func (s *Store) MetricValues(ctx context.Context, release string) ([]MetricValue, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT metric, day, value, source, updated_at FROM metric_values
		WHERE release = ? ORDER BY metric, day`, release)
	if err != nil {
		return nil, fmt.Errorf("metrics of %s: %w", release, err)
	}
	defer rows.Close()
	out := []MetricValue{}
	for rows.Next() {
		var v MetricValue
		var day, updated string
		if err := rows.Scan(&v.Metric, &day, &v.Value.Value, &v.Source, &updated); err != nil {
			return nil, fmt.Errorf("metrics of %s: %w", release, err)
		}
		if v.Day, err = time.Parse(time.DateOnly, day); err != nil {
			return nil, fmt.Errorf("metrics of %s: stored day %q: %w", release, day, err)
		}
		if v.UpdatedAt, err = parseTime(updated); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// metricBatch is how many values one INSERT carries: one prepared
// statement of many rows, reused, makes a 100,000-row import several times
// faster than a statement a row.
const metricBatch = 200

// upsertMetricValues inserts values in batches, each replacing the value a
// release already has for its metric and day.
func upsertMetricValues(ctx context.Context, tx *sql.Tx, release string, values []metrics.Value, source, stamp string) error {
	statements := map[int]*sql.Stmt{}
	defer func() {
		for _, st := range statements {
			st.Close()
		}
	}()
	args := make([]any, 0, metricBatch*6)
	for start := 0; start < len(values); start += metricBatch {
		batch := values[start:min(start+metricBatch, len(values))]
		stmt := statements[len(batch)]
		if stmt == nil {
			var err error
			if stmt, err = tx.PrepareContext(ctx, metricInsert(len(batch))); err != nil {
				return err
			}
			statements[len(batch)] = stmt
		}
		args = args[:0]
		for _, v := range batch {
			args = append(args, release, v.Metric, v.Day.Format(time.DateOnly), v.Value, source, stamp)
		}
		if _, err := stmt.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("values %d–%d: %w", start+1, start+len(batch), err)
		}
	}
	return nil
}

// metricInsert is the upsert of n metric values.
func metricInsert(n int) string {
	var q strings.Builder
	q.WriteString(`INSERT INTO metric_values (release, metric, day, value, source, updated_at) VALUES `)
	for i := range n {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?, ?, ?, ?)")
	}
	q.WriteString(` ON CONFLICT (release, metric, day) DO UPDATE SET
		value = excluded.value, source = excluded.source, updated_at = excluded.updated_at`)
	return q.String()
}
