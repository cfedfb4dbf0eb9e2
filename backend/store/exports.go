package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// ExportedDraft is a phase communication as it was last exported: its
// subject or title and its Markdown.
type ExportedDraft struct {
	Release    string // key
	Phase      string
	Template   string
	Channel    domain.Channel
	Title      string
	Markdown   string
	ExportedAt time.Time
}

// SaveExportedDrafts remembers communications as exported, replacing what
// was kept for the same release, phase and template, all or none.
func (s *Store) SaveExportedDrafts(ctx context.Context, drafts []ExportedDraft) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, d := range drafts {
			if _, err := tx.ExecContext(ctx, `INSERT INTO comms_exports (release, phase, template, channel, title, markdown, exported_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (release, phase, template) DO UPDATE SET channel = excluded.channel, title = excluded.title,
				markdown = excluded.markdown, exported_at = excluded.exported_at`,
				d.Release, d.Phase, d.Template, string(d.Channel), d.Title, d.Markdown, timeText(d.ExportedAt)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("remember exported communications: %w", err)
	}
	return nil
}

// ExportedDrafts returns the communications last exported for a release,
// by phase and template.
func (s *Store) ExportedDrafts(ctx context.Context, release string) ([]ExportedDraft, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT release, phase, template, channel, title, markdown, exported_at
		FROM comms_exports WHERE release = ? ORDER BY phase, template`, release)
	if err != nil {
		return nil, fmt.Errorf("exported communications of %s: %w", release, err)
	}
	defer rows.Close()
	var out []ExportedDraft
	for rows.Next() {
		var d ExportedDraft
		var channel, exported string
		if err := rows.Scan(&d.Release, &d.Phase, &d.Template, &channel, &d.Title, &d.Markdown, &exported); err != nil {
			return nil, fmt.Errorf("exported communications of %s: %w", release, err)
		}
		d.Channel = domain.Channel(channel)
		if d.ExportedAt, err = parseTime(exported); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
