package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// AddDrafts stores drafted notices, all or none, and returns them with
// their IDs. Each starts drafted, created at its CreatedAt.
func (s *Store) AddDrafts(ctx context.Context, drafts []domain.Draft) ([]domain.Draft, error) {
	out := make([]domain.Draft, len(drafts))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i, d := range drafts {
			d.State, d.UpdatedAt = domain.DraftDrafted, d.CreatedAt
			err := tx.QueryRowContext(ctx, `INSERT INTO comms_drafts (release, trigger, event, template, state, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
				d.Release, string(d.Trigger), string(d.Event), d.Template, string(d.State), timeText(d.CreatedAt), timeText(d.UpdatedAt)).Scan(&d.ID)
			if err != nil {
				return fmt.Errorf("draft %s for release %s: %w", d.Template, d.Release, err)
			}
			out[i] = d
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save drafts: %w", err)
	}
	return out, nil
}

const draftColumns = `id, release, trigger, event, template, state, created_at, updated_at`

// ListDrafts returns a release's drafted notices, newest first.
func (s *Store) ListDrafts(ctx context.Context, release string) ([]domain.Draft, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+draftColumns+` FROM comms_drafts WHERE release = ? ORDER BY created_at DESC, id DESC`, release)
	if err != nil {
		return nil, fmt.Errorf("list drafts of %s: %w", release, err)
	}
	defer rows.Close()
	out := []domain.Draft{}
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, fmt.Errorf("list drafts of %s: %w", release, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// GetDraft loads one drafted notice.
func (s *Store) GetDraft(ctx context.Context, id int64) (domain.Draft, error) {
	d, err := scanDraft(s.db.QueryRowContext(ctx, `SELECT `+draftColumns+` FROM comms_drafts WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("draft %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("draft %d: %w", id, err)
	}
	return d, nil
}

// SetDraftState moves a drafted notice to state at at.
func (s *Store) SetDraftState(ctx context.Context, id int64, state domain.DraftState, at time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE comms_drafts SET state = ?, updated_at = ? WHERE id = ?`, string(state), timeText(at), id)
	if err != nil {
		return fmt.Errorf("draft %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("draft %d: %w", id, ErrNotFound)
	}
	return nil
}

func scanDraft(r rowScanner) (domain.Draft, error) {
	var d domain.Draft
	var trigger, event, state, created, updated string
	if err := r.Scan(&d.ID, &d.Release, &trigger, &event, &d.Template, &state, &created, &updated); err != nil {
		return d, err
	}
	d.Trigger, d.Event, d.State = domain.Trigger(trigger), []byte(event), domain.DraftState(state)
	var err error
	if d.CreatedAt, err = parseTime(created); err == nil {
		d.UpdatedAt, err = parseTime(updated)
	}
	return d, err
}
