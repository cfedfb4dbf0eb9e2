package store

import (
	"context"
	"fmt"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// ReleaseLink is a flag link with the key of the release that holds it.
type ReleaseLink struct {
	Release string
	Link    domain.FlagLink
}

// AllReleaseLinks returns every release's flag links, by release key.
func (s *Store) AllReleaseLinks(ctx context.Context) ([]ReleaseLink, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.key, l.id, l.release_id, l.provider, l.project, l.environment, l.flag_key, l.variation
		FROM flag_links l JOIN releases r ON r.id = l.release_id ORDER BY r.key, l.id`)
	if err != nil {
		return nil, fmt.Errorf("list flag links: %w", err)
	}
	defer rows.Close()
	out := []ReleaseLink{}
	for rows.Next() {
		var rl ReleaseLink
		l := &rl.Link
		if err := rows.Scan(&rl.Release, &l.ID, &l.ReleaseID, &l.Provider, &l.Project, &l.Environment, &l.FlagKey, &l.Variation); err != nil {
			return nil, fmt.Errorf("list flag links: %w", err)
		}
		out = append(out, rl)
	}
	return out, rows.Err()
}

// FlagChanges returns the successful changes made to flag id from the desk
// (kills, restores, rollouts), oldest first, with who made them and the
// comment typed.
func (s *Store) FlagChanges(ctx context.Context, id provider.ID) ([]domain.AuditEvent, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, actor, action, subject, release, summary, comment FROM audit_events
		WHERE subject = ? AND action IN (?, ?, ?) ORDER BY at, id`,
		domain.FlagSubject(id), domain.ActionFlagKill, domain.ActionFlagRestore, domain.ActionFlagRollout)
	if err != nil {
		return nil, fmt.Errorf("changes to %s: %w", id.Key, err)
	}
	defer rows.Close()
	out := []domain.AuditEvent{}
	for rows.Next() {
		var e domain.AuditEvent
		var at string
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Subject, &e.Release, &e.Summary, &e.Comment); err != nil {
			return nil, fmt.Errorf("changes to %s: %w", id.Key, err)
		}
		if e.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
