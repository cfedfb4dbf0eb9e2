package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"rolloutdesk/backend/provider"
)

// StoredVerdict is the last recorded drift verdict of one linked flag.
type StoredVerdict struct {
	ID        provider.ID
	Phase     string
	Verdict   string
	Reason    string
	UpdatedAt time.Time
}

// DriftVerdicts returns the recorded verdicts of a release.
func (s *Store) DriftVerdicts(ctx context.Context, release string) (map[provider.ID]StoredVerdict, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT provider, project, environment, flag_key, phase, verdict, reason, updated_at
		FROM drift_verdicts WHERE release = ?`, release)
	if err != nil {
		return nil, fmt.Errorf("drift of %s: %w", release, err)
	}
	defer rows.Close()
	out := map[provider.ID]StoredVerdict{}
	for rows.Next() {
		var v StoredVerdict
		var updated string
		if err := rows.Scan(&v.ID.Provider, &v.ID.Project, &v.ID.Environment, &v.ID.Key, &v.Phase, &v.Verdict, &v.Reason, &updated); err != nil {
			return nil, fmt.Errorf("drift of %s: %w", release, err)
		}
		if v.UpdatedAt, err = parseTime(updated); err != nil {
			return nil, err
		}
		out[v.ID] = v
	}
	return out, rows.Err()
}

// ReplaceDrift records a release's current verdicts, dropping the others.
func (s *Store) ReplaceDrift(ctx context.Context, release string, verdicts []StoredVerdict) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM drift_verdicts WHERE release = ?`, release); err != nil {
			return err
		}
		for _, v := range verdicts {
			if _, err := tx.ExecContext(ctx, `INSERT INTO drift_verdicts
				(release, provider, project, environment, flag_key, phase, verdict, reason, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, release, v.ID.Provider, v.ID.Project, v.ID.Environment, v.ID.Key,
				v.Phase, v.Verdict, v.Reason, timeText(v.UpdatedAt)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record drift of %s: %w", release, err)
	}
	return nil
}
