package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// CalendarEvent is a calendar event as it was last exported: enough to tell
// whether it changed since, and the SEQUENCE it went out with.
type CalendarEvent struct {
	UID     string
	Release string // key
	// Fingerprint sums what the event said (its date, summary and
	// description).
	Fingerprint string
	Sequence    int
	ExportedAt  time.Time
}

// CalendarEvents returns the events last exported for a release, by UID.
func (s *Store) CalendarEvents(ctx context.Context, release string) (map[string]CalendarEvent, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT uid, release, fingerprint, sequence, exported_at FROM calendar_events WHERE release = ?`, release)
	if err != nil {
		return nil, fmt.Errorf("calendar events of %s: %w", release, err)
	}
	defer rows.Close()
	out := map[string]CalendarEvent{}
	for rows.Next() {
		var e CalendarEvent
		var exported string
		if err := rows.Scan(&e.UID, &e.Release, &e.Fingerprint, &e.Sequence, &exported); err != nil {
			return nil, fmt.Errorf("calendar events of %s: %w", release, err)
		}
		if e.ExportedAt, err = parseTime(exported); err != nil {
			return nil, err
		}
		out[e.UID] = e
	}
	return out, rows.Err()
}

// SaveCalendarEvents remembers events as exported, replacing what was kept
// under their UIDs, all or none.
func (s *Store) SaveCalendarEvents(ctx context.Context, events []CalendarEvent) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, e := range events {
			if _, err := tx.ExecContext(ctx, `INSERT INTO calendar_events (uid, release, fingerprint, sequence, exported_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (uid) DO UPDATE SET release = excluded.release, fingerprint = excluded.fingerprint,
				sequence = excluded.sequence, exported_at = excluded.exported_at`,
				e.UID, e.Release, e.Fingerprint, e.Sequence, timeText(e.ExportedAt)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("remember exported calendar events: %w", err)
	}
	return nil
}
