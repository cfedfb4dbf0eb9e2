package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"rolloutdesk/backend/domain"
)

// AppendAudit writes an audit event. The log is append-only.
func (s *Store) AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO audit_events (at, actor, action, subject, release, summary, comment, before, after)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		timeText(e.At), e.Actor, e.Action, e.Subject, e.Release, e.Summary, e.Comment, rawOrNull(e.Before), rawOrNull(e.After))
	if err != nil {
		return 0, fmt.Errorf("audit %s: %w", e.Action, err)
	}
	return res.LastInsertId()
}

func rawOrNull(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return string(b)
}

// ListAudit returns audit events matching f, newest first.
func (s *Store) ListAudit(ctx context.Context, f domain.AuditFilter) ([]domain.AuditEvent, error) {
	var where []string
	var args []any
	if f.Release != "" {
		where = append(where, "release = ?")
		args = append(args, f.Release)
	}
	if f.Action != "" {
		where = append(where, "action = ?")
		args = append(args, f.Action)
	}
	if !f.Since.IsZero() {
		where = append(where, "at >= ?")
		args = append(args, timeText(f.Since))
	}
	q := `SELECT id, at, actor, action, subject, release, summary, comment, before, after FROM audit_events`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 500
	}
	q += " ORDER BY at DESC, id DESC LIMIT ?"
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list audit log: %w", err)
	}
	defer rows.Close()
	out := []domain.AuditEvent{}
	for rows.Next() {
		var e domain.AuditEvent
		var at string
		var before, after sql.NullString
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Subject, &e.Release, &e.Summary, &e.Comment, &before, &after); err != nil {
			return nil, fmt.Errorf("list audit log: %w", err)
		}
		if e.At, err = parseTime(at); err != nil {
			return nil, err
		}
		if before.Valid {
			e.Before = []byte(before.String)
		}
		if after.Valid {
			e.After = []byte(after.String)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
