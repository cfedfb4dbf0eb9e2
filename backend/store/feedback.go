package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
)

// FeedbackAdded says what adding feedback did.
type FeedbackAdded struct {
	Added   int `json:"added"`
	Skipped int `json:"skipped"` // already there: the same entry imported before
}

// AddFeedback stores entries in one transaction, skipping any the release
// already holds (same fingerprint).
func (s *Store) AddFeedback(ctx context.Context, entries []domain.FeedbackEntry, at time.Time) (FeedbackAdded, error) {
	var res FeedbackAdded
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO feedback
			(release, phase, day, source, sentiment, customer, text, link, fingerprint, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (release, fingerprint) DO NOTHING`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, e := range entries {
			r, err := stmt.ExecContext(ctx, e.Release, e.Phase, e.Day.Format(time.DateOnly), e.Source, e.Sentiment,
				e.Customer, e.Text, e.Link, e.Fingerprint(), timeText(at))
			if err != nil {
				return err
			}
			if n, _ := r.RowsAffected(); n == 1 {
				res.Added++
			} else {
				res.Skipped++
			}
		}
		return nil
	})
	if err != nil {
		return FeedbackAdded{}, fmt.Errorf("add feedback: %w", err)
	}
	return res, nil
}

// UpdateFeedback replaces the fields of entry e.ID.
func (s *Store) UpdateFeedback(ctx context.Context, e domain.FeedbackEntry) error {
	r, err := s.db.ExecContext(ctx, `UPDATE feedback SET phase = ?, day = ?, source = ?, sentiment = ?, customer = ?,
		text = ?, link = ?, fingerprint = ? WHERE id = ? AND release = ?`,
		e.Phase, e.Day.Format(time.DateOnly), e.Source, e.Sentiment, e.Customer, e.Text, e.Link, e.Fingerprint(), e.ID, e.Release)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE") {
			return fmt.Errorf("edit feedback %d: the release already has an entry with exactly this content", e.ID)
		}
		return fmt.Errorf("edit feedback %d: %w", e.ID, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("edit feedback %d of %s: %w", e.ID, e.Release, ErrNotFound)
	}
	return nil
}

// DeleteFeedback removes one entry of a release.
func (s *Store) DeleteFeedback(ctx context.Context, release string, id int64) error {
	r, err := s.db.ExecContext(ctx, `DELETE FROM feedback WHERE id = ? AND release = ?`, id, release)
	if err != nil {
		return fmt.Errorf("delete feedback %d: %w", id, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("delete feedback %d of %s: %w", id, release, ErrNotFound)
	}
	return nil
}

// FeedbackFilter narrows a feedback listing; empty fields match everything.
type FeedbackFilter struct {
	Release   string `json:"release"`
	Source    string `json:"source"`
	Sentiment string `json:"sentiment"`
	// Query is searched in the text, customer and source (every word must
	// match; the last also as a prefix).
	Query string `json:"query"`
}

// ListFeedback returns a release's entries matching f, newest first.
func (s *Store) ListFeedback(ctx context.Context, f FeedbackFilter) ([]domain.FeedbackEntry, error) {
	where := []string{"f.release = ?"}
	args := []any{f.Release}
	if f.Source != "" {
		where, args = append(where, "f.source = ?"), append(args, f.Source)
	}
	if f.Sentiment != "" {
		where, args = append(where, "f.sentiment = ?"), append(args, f.Sentiment)
	}
	from := "feedback f"
	if match := ftsQuery(f.Query); match != "" {
		from = "feedback f JOIN feedback_text t ON t.rowid = f.id"
		where, args = append(where, "feedback_text MATCH ?"), append(args, match)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT f.id, f.release, f.phase, f.day, f.source, f.sentiment, f.customer, f.text, f.link, f.created_at
		FROM `+from+` WHERE `+strings.Join(where, " AND ")+` ORDER BY f.day DESC, f.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("list feedback of %s: %w", f.Release, err)
	}
	defer rows.Close()
	out := []domain.FeedbackEntry{}
	for rows.Next() {
		var e domain.FeedbackEntry
		var day, created string
		if err := rows.Scan(&e.ID, &e.Release, &e.Phase, &day, &e.Source, &e.Sentiment, &e.Customer, &e.Text, &e.Link, &created); err != nil {
			return nil, fmt.Errorf("list feedback: %w", err)
		}
		if e.Day, err = time.Parse(time.DateOnly, day); err != nil {
			return nil, fmt.Errorf("list feedback: stored day %q: %w", day, err)
		}
		if e.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
