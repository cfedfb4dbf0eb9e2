package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// SaveTemplate inserts or updates (by name) a communication template.
func (s *Store) SaveTemplate(ctx context.Context, t domain.Template) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `INSERT INTO templates (name, channel, phase, trigger, title, source, builtin, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET channel = excluded.channel, phase = excluded.phase, trigger = excluded.trigger,
		title = excluded.title, source = excluded.source, builtin = excluded.builtin, updated_at = excluded.updated_at
		RETURNING id`,
		t.Name, string(t.Channel), t.Phase, string(t.Trigger), t.Title, t.Source, boolInt(t.Builtin), timeText(time.Now())).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("save template %q: %w", t.Name, err)
	}
	return id, nil
}

const templateColumns = `id, name, channel, phase, trigger, title, source, builtin, updated_at`

// ListTemplates returns every template by channel and name.
func (s *Store) ListTemplates(ctx context.Context) ([]domain.Template, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+templateColumns+` FROM templates ORDER BY channel, name`)
	if err != nil {
		return nil, fmt.Errorf("list templates: %w", err)
	}
	defer rows.Close()
	out := []domain.Template{}
	for rows.Next() {
		t, err := scanTemplate(rows)
		if err != nil {
			return nil, fmt.Errorf("list templates: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// GetTemplate loads one template by name.
func (s *Store) GetTemplate(ctx context.Context, name string) (domain.Template, error) {
	t, err := scanTemplate(s.db.QueryRowContext(ctx, `SELECT `+templateColumns+` FROM templates WHERE name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("template %q: %w", name, ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("template %q: %w", name, err)
	}
	return t, nil
}

// DeleteBuiltinTemplates removes the starter templates nobody edited.
func (s *Store) DeleteBuiltinTemplates(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM templates WHERE builtin = 1`); err != nil {
		return fmt.Errorf("delete starter templates: %w", err)
	}
	return nil
}

type rowScanner interface{ Scan(dest ...any) error }

func scanTemplate(r rowScanner) (domain.Template, error) {
	var t domain.Template
	var channel, trigger, updated string
	if err := r.Scan(&t.ID, &t.Name, &channel, &t.Phase, &trigger, &t.Title, &t.Source, &t.Builtin, &updated); err != nil {
		return t, err
	}
	t.Channel, t.Trigger = domain.Channel(channel), domain.Trigger(trigger)
	var err error
	t.UpdatedAt, err = parseTime(updated)
	return t, err
}
