package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"rolloutdesk/backend/provider"
)

// SaveUsage stores a flag's daily evaluation counts, replacing what was
// stored for the same days and variations: providers revise the last day
// as it fills up.
func (s *Store) SaveUsage(ctx context.Context, id provider.ID, days []provider.UsageDay) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO flag_usage (provider, project, environment, flag_key, day, variation, evaluations)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (provider, project, environment, flag_key, day, variation)
			DO UPDATE SET evaluations = excluded.evaluations`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, d := range days {
			if _, err := stmt.ExecContext(ctx, id.Provider, id.Project, id.Environment, id.Key, d.Day.Format(time.DateOnly), d.Variation, d.Evaluations); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store evaluation counts of %s: %w", id.Key, err)
	}
	return nil
}

// Usage returns a flag's stored daily evaluation counts from since on,
// sorted by day and variation.
func (s *Store) Usage(ctx context.Context, id provider.ID, since time.Time) ([]provider.UsageDay, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT day, variation, evaluations FROM flag_usage
		WHERE provider = ? AND project = ? AND environment = ? AND flag_key = ? AND day >= ? ORDER BY day, variation`,
		id.Provider, id.Project, id.Environment, id.Key, since.Format(time.DateOnly))
	if err != nil {
		return nil, fmt.Errorf("evaluation counts of %s: %w", id.Key, err)
	}
	defer rows.Close()
	out := []provider.UsageDay{}
	for rows.Next() {
		var d provider.UsageDay
		var day string
		if err := rows.Scan(&day, &d.Variation, &d.Evaluations); err != nil {
			return nil, fmt.Errorf("evaluation counts of %s: %w", id.Key, err)
		}
		if d.Day, err = time.Parse(time.DateOnly, day); err != nil {
			return nil, fmt.Errorf("evaluation counts of %s: stored day %q: %w", id.Key, day, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
