package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// ErrNotFound is returned when a looked-up record does not exist.
var ErrNotFound = errors.New("not found")

// ReleaseSummary is a release as shown in a list.
type ReleaseSummary struct {
	domain.Release
	ActivePhase string `json:"active_phase"`
	Phases      int    `json:"phases"`
	Flags       int    `json:"flags"`
}

// SavePlan writes a release with its links and phases in one transaction,
// replacing any release with the same key. It returns the release id.
func (s *Store) SavePlan(ctx context.Context, plan domain.Plan) (int64, error) {
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = savePlan(ctx, tx, plan)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("save release %s: %w", plan.Release.Key, err)
	}
	return id, nil
}

func savePlan(ctx context.Context, tx *sql.Tx, plan domain.Plan) (int64, error) {
	r := plan.Release
	now := time.Now()
	if r.CreatedAt.IsZero() {
		r.CreatedAt = now
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM releases WHERE key = ?`, r.Key); err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO releases (key, name, description, owner, demo, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`,
		r.Key, r.Name, r.Description, r.Owner, boolInt(r.Demo), timeText(r.CreatedAt), timeText(now))
	if err != nil {
		return 0, err
	}
	releaseID, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	linkIDs := make(map[[2]string]int64, len(plan.Links))
	for _, l := range plan.Links {
		res, err := tx.ExecContext(ctx, `INSERT INTO flag_links (release_id, provider, project, environment, flag_key, variation)
			VALUES (?, ?, ?, ?, ?, ?)`, releaseID, l.Provider, l.Project, l.Environment, l.FlagKey, l.Variation)
		if err != nil {
			return 0, fmt.Errorf("link %s/%s: %w", l.Environment, l.FlagKey, err)
		}
		linkIDs[[2]string{l.FlagKey, l.Environment}], _ = res.LastInsertId()
	}
	for i, p := range plan.Phases {
		if err := insertPhase(ctx, tx, releaseID, i, p, linkIDs); err != nil {
			return 0, fmt.Errorf("phase %q: %w", p.Name, err)
		}
	}
	return releaseID, nil
}

func insertPhase(ctx context.Context, tx *sql.Tx, releaseID int64, position int, p domain.Phase, linkIDs map[[2]string]int64) error {
	if p.Status == "" {
		p.Status = domain.PhasePlanned
	}
	var expect any
	if p.Expect != nil {
		text, err := jsonText(p.Expect)
		if err != nil {
			return err
		}
		expect = text
	}
	entry, err := jsonText(nonNilChecklist(p.Entry))
	if err != nil {
		return err
	}
	exit, err := jsonText(nonNilChecklist(p.Exit))
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO phases (release_id, position, name, audience, status, owner,
		planned_start, planned_end, started_at, ended_at, expect, entry, exit)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		releaseID, position, p.Name, p.Audience, string(p.Status), p.Owner,
		nullTimeText(p.PlannedStart), nullTimeText(p.PlannedEnd), nullTimeText(p.StartedAt), nullTimeText(p.EndedAt),
		expect, entry, exit)
	if err != nil {
		return err
	}
	phaseID, _ := res.LastInsertId()
	for _, fe := range p.FlagExpects {
		linkID, ok := linkIDs[[2]string{fe.FlagKey, fe.Environment}]
		if !ok {
			return fmt.Errorf("expectation for flag %q in %q: no such linked flag", fe.FlagKey, fe.Environment)
		}
		text, err := jsonText(fe.Expect)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO phase_flag_expectations (phase_id, link_id, expect) VALUES (?, ?, ?)`,
			phaseID, linkID, text); err != nil {
			return err
		}
	}
	return nil
}

func nonNilChecklist(items []domain.ChecklistItem) []domain.ChecklistItem {
	if items == nil {
		return []domain.ChecklistItem{}
	}
	return items
}

// ListReleases returns every release, newest first, with its active phase
// and counts.
func (s *Store) ListReleases(ctx context.Context) ([]ReleaseSummary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, r.key, r.name, r.description, r.owner, r.demo, r.created_at, r.updated_at,
		COALESCE((SELECT name FROM phases WHERE release_id = r.id AND status = 'active'), ''),
		(SELECT COUNT(*) FROM phases WHERE release_id = r.id),
		(SELECT COUNT(*) FROM flag_links WHERE release_id = r.id)
		FROM releases r ORDER BY r.created_at DESC, r.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list releases: %w", err)
	}
	defer rows.Close()
	out := []ReleaseSummary{}
	for rows.Next() {
		var rs ReleaseSummary
		var created, updated string
		if err := rows.Scan(&rs.ID, &rs.Key, &rs.Name, &rs.Description, &rs.Owner, &rs.Demo, &created, &updated,
			&rs.ActivePhase, &rs.Phases, &rs.Flags); err != nil {
			return nil, fmt.Errorf("list releases: %w", err)
		}
		if rs.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		if rs.UpdatedAt, err = parseTime(updated); err != nil {
			return nil, err
		}
		out = append(out, rs)
	}
	return out, rows.Err()
}

// GetPlan loads a release with its links and phases.
func (s *Store) GetPlan(ctx context.Context, key string) (domain.Plan, error) {
	var plan domain.Plan
	r := &plan.Release
	var created, updated string
	err := s.db.QueryRowContext(ctx, `SELECT id, key, name, description, owner, demo, created_at, updated_at
		FROM releases WHERE key = ?`, key).Scan(&r.ID, &r.Key, &r.Name, &r.Description, &r.Owner, &r.Demo, &created, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return plan, fmt.Errorf("release %q: %w", key, ErrNotFound)
	}
	if err != nil {
		return plan, fmt.Errorf("release %q: %w", key, err)
	}
	if r.CreatedAt, err = parseTime(created); err != nil {
		return plan, err
	}
	if r.UpdatedAt, err = parseTime(updated); err != nil {
		return plan, err
	}
	if plan.Links, err = s.links(ctx, r.ID); err != nil {
		return plan, fmt.Errorf("release %q: %w", key, err)
	}
	if plan.Phases, err = s.phases(ctx, r.ID); err != nil {
		return plan, fmt.Errorf("release %q: %w", key, err)
	}
	return plan, nil
}

func (s *Store) links(ctx context.Context, releaseID int64) ([]domain.FlagLink, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, release_id, provider, project, environment, flag_key, variation
		FROM flag_links WHERE release_id = ? ORDER BY id`, releaseID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []domain.FlagLink{}
	for rows.Next() {
		var l domain.FlagLink
		if err := rows.Scan(&l.ID, &l.ReleaseID, &l.Provider, &l.Project, &l.Environment, &l.FlagKey, &l.Variation); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

func (s *Store) phases(ctx context.Context, releaseID int64) ([]domain.Phase, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, release_id, position, name, audience, status, owner,
		planned_start, planned_end, started_at, ended_at, expect, entry, exit
		FROM phases WHERE release_id = ? ORDER BY position`, releaseID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []domain.Phase{}
	for rows.Next() {
		p, err := scanPhase(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].FlagExpects, err = s.flagExpectations(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func scanPhase(rows *sql.Rows) (domain.Phase, error) {
	var p domain.Phase
	var status, entry, exit string
	var start, end, started, ended, expect sql.NullString
	if err := rows.Scan(&p.ID, &p.ReleaseID, &p.Position, &p.Name, &p.Audience, &status, &p.Owner,
		&start, &end, &started, &ended, &expect, &entry, &exit); err != nil {
		return p, err
	}
	p.Status = domain.PhaseStatus(status)
	var err error
	for _, f := range []struct {
		dst **time.Time
		src sql.NullString
	}{{&p.PlannedStart, start}, {&p.PlannedEnd, end}, {&p.StartedAt, started}, {&p.EndedAt, ended}} {
		if *f.dst, err = parseNullTime(f.src); err != nil {
			return p, err
		}
	}
	if expect.Valid {
		p.Expect = &domain.Expectation{}
		if err := json.Unmarshal([]byte(expect.String), p.Expect); err != nil {
			return p, fmt.Errorf("phase %q expectation: %w", p.Name, err)
		}
	}
	if err := json.Unmarshal([]byte(entry), &p.Entry); err != nil {
		return p, fmt.Errorf("phase %q entry criteria: %w", p.Name, err)
	}
	if err := json.Unmarshal([]byte(exit), &p.Exit); err != nil {
		return p, fmt.Errorf("phase %q exit criteria: %w", p.Name, err)
	}
	return p, nil
}

func (s *Store) flagExpectations(ctx context.Context, phaseID int64) ([]domain.FlagExpectation, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT l.flag_key, l.environment, e.expect
		FROM phase_flag_expectations e JOIN flag_links l ON l.id = e.link_id
		WHERE e.phase_id = ? ORDER BY l.id`, phaseID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []domain.FlagExpectation{}
	for rows.Next() {
		var fe domain.FlagExpectation
		var text string
		if err := rows.Scan(&fe.FlagKey, &fe.Environment, &text); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(text), &fe.Expect); err != nil {
			return nil, fmt.Errorf("expectation for %s: %w", fe.FlagKey, err)
		}
		out = append(out, fe)
	}
	return out, rows.Err()
}

// DeleteRelease removes a release with its phases, links, metric values,
// readiness verdict, feedback, report notes, drafted notices, exported
// calendar events and exported communications.
func (s *Store) DeleteRelease(ctx context.Context, key string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM releases WHERE key = ?`, key)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		for _, q := range []string{`DELETE FROM metric_values WHERE release = ?`, `DELETE FROM readiness_verdicts WHERE release = ?`,
			`DELETE FROM feedback WHERE release = ?`, `DELETE FROM report_notes WHERE release = ?`,
			`DELETE FROM comms_drafts WHERE release = ?`, `DELETE FROM calendar_events WHERE release = ?`,
			`DELETE FROM comms_exports WHERE release = ?`} {
			if _, err := tx.ExecContext(ctx, q, key); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete release %q: %w", key, err)
	}
	return nil
}
