package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// StartSync records that a sync began and returns its id.
func (s *Store) StartSync(ctx context.Context, providerName, project string, at time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO sync_runs (provider, project, started_at, status) VALUES (?, ?, ?, 'running')`,
		providerName, project, timeText(at))
	if err != nil {
		return 0, fmt.Errorf("record sync start: %w", err)
	}
	return res.LastInsertId()
}

// FinishSync records a sync's outcome.
func (s *Store) FinishSync(ctx context.Context, run domain.SyncRun) error {
	_, err := s.db.ExecContext(ctx, `UPDATE sync_runs SET finished_at = ?, status = ?, flags = ?, changed = ?, error = ? WHERE id = ?`,
		nullTimeText(run.FinishedAt), string(run.Status), run.Flags, run.Changed, run.Error, run.ID)
	if err != nil {
		return fmt.Errorf("record sync result: %w", err)
	}
	return nil
}

// ListSyncs returns the most recent sync runs, newest first.
func (s *Store) ListSyncs(ctx context.Context, limit int) ([]domain.SyncRun, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, provider, project, started_at, finished_at, status, flags, changed, error
		FROM sync_runs ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("list syncs: %w", err)
	}
	defer rows.Close()
	out := []domain.SyncRun{}
	for rows.Next() {
		var r domain.SyncRun
		var started, status string
		var finished sql.NullString
		if err := rows.Scan(&r.ID, &r.Provider, &r.Project, &started, &finished, &status, &r.Flags, &r.Changed, &r.Error); err != nil {
			return nil, fmt.Errorf("list syncs: %w", err)
		}
		r.Status = domain.SyncStatus(status)
		if r.StartedAt, err = parseTime(started); err != nil {
			return nil, err
		}
		if r.FinishedAt, err = parseNullTime(finished); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
