package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ReportNotes returns the notes a release's manager wrote for its rollout
// report, "" when there are none.
func (s *Store) ReportNotes(ctx context.Context, release string) (string, error) {
	var notes string
	err := s.db.QueryRowContext(ctx, `SELECT notes FROM report_notes WHERE release = ?`, release).Scan(&notes)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("report notes of %s: %w", release, err)
	}
	return notes, nil
}

// SetReportNotes replaces a release's report notes.
func (s *Store) SetReportNotes(ctx context.Context, release, notes string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO report_notes (release, notes, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (release) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at`, release, notes, timeText(at))
	if err != nil {
		return fmt.Errorf("save report notes of %s: %w", release, err)
	}
	return nil
}
