package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// Snapshot is the complete state read by one sync of one project.
type Snapshot struct {
	Provider string
	Project  string
	// Environments the sync covered: flags stored for these environments but
	// absent from States are no longer current.
	Environments []string
	States       []provider.FlagState
	At           time.Time
	SyncID       int64
}

// ApplySnapshot records a snapshot in one transaction: a history row for each
// flag whose state changed, the latest state of every flag, and the removal
// of flags that disappeared. It returns how many flags changed.
func (s *Store) ApplySnapshot(ctx context.Context, snap Snapshot) (int, error) {
	changed := 0
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		changed, err = applySnapshot(ctx, tx, snap)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store snapshot of %s %s: %w", snap.Provider, snap.Project, err)
	}
	return changed, nil
}

type latestRow struct {
	stateID     int64
	fingerprint string
}

func applySnapshot(ctx context.Context, tx *sql.Tx, snap Snapshot) (int, error) {
	known, err := latestFingerprints(ctx, tx, snap.Provider, snap.Project)
	if err != nil {
		return 0, err
	}
	insertState, err := tx.PrepareContext(ctx, `INSERT INTO flag_states
		(provider, project, environment, flag_key, observed_at, sync_id, fingerprint, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	defer insertState.Close()
	upsertLatest, err := tx.PrepareContext(ctx, `INSERT INTO flag_latest
		(provider, project, environment, flag_key, state_id, last_evaluated, evaluation_status, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (provider, project, environment, flag_key) DO UPDATE SET
		state_id = excluded.state_id, last_evaluated = excluded.last_evaluated,
		evaluation_status = excluded.evaluation_status, checked_at = excluded.checked_at`)
	if err != nil {
		return 0, err
	}
	defer upsertLatest.Close()

	at := timeText(snap.At)
	var syncID any
	if snap.SyncID != 0 {
		syncID = snap.SyncID
	}
	seen := make(map[[2]string]bool, len(snap.States))
	changed := 0
	for _, st := range snap.States {
		if st.Provider != snap.Provider || st.Project != snap.Project {
			return 0, fmt.Errorf("flag %s belongs to %s %s, not to this snapshot", st.Key, st.Provider, st.Project)
		}
		id := [2]string{st.Environment, st.Key}
		if seen[id] {
			return 0, fmt.Errorf("flag %s appears twice in environment %s", st.Key, st.Environment)
		}
		seen[id] = true
		body, fp, err := stateRecord(st)
		if err != nil {
			return 0, fmt.Errorf("flag %s: %w", st.Key, err)
		}
		prev, ok := known[id]
		stateID := prev.stateID
		if !ok || prev.fingerprint != fp {
			res, err := insertState.ExecContext(ctx, st.Provider, st.Project, st.Environment, st.Key, at, syncID, fp, body)
			if err != nil {
				return 0, fmt.Errorf("flag %s: %w", st.Key, err)
			}
			if stateID, err = res.LastInsertId(); err != nil {
				return 0, err
			}
			changed++
		}
		if _, err := upsertLatest.ExecContext(ctx, st.Provider, st.Project, st.Environment, st.Key, stateID,
			nullTimeText(st.LastEvaluated), st.EvaluationStatus, at); err != nil {
			return 0, fmt.Errorf("flag %s: %w", st.Key, err)
		}
	}
	return changed, dropVanished(ctx, tx, snap, known, seen)
}

// dropVanished forgets the latest state of flags in the covered environments
// that the snapshot no longer contains; their history stays.
func dropVanished(ctx context.Context, tx *sql.Tx, snap Snapshot, known map[[2]string]latestRow, seen map[[2]string]bool) error {
	covered := make(map[string]bool, len(snap.Environments))
	for _, e := range snap.Environments {
		covered[e] = true
	}
	for id := range known {
		if seen[id] || !covered[id[0]] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM flag_latest WHERE provider = ? AND project = ? AND environment = ? AND flag_key = ?`,
			snap.Provider, snap.Project, id[0], id[1]); err != nil {
			return fmt.Errorf("forget flag %s: %w", id[1], err)
		}
	}
	return nil
}

func latestFingerprints(ctx context.Context, tx *sql.Tx, providerName, project string) (map[[2]string]latestRow, error) {
	rows, err := tx.QueryContext(ctx, `SELECT l.environment, l.flag_key, l.state_id, s.fingerprint
		FROM flag_latest l JOIN flag_states s ON s.id = l.state_id
		WHERE l.provider = ? AND l.project = ?`, providerName, project)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[[2]string]latestRow{}
	for rows.Next() {
		var env, key string
		var r latestRow
		if err := rows.Scan(&env, &key, &r.stateID, &r.fingerprint); err != nil {
			return nil, err
		}
		out[[2]string{env, key}] = r
	}
	return out, rows.Err()
}

// stateRecord serialises a state for history. LastEvaluated and
// EvaluationStatus move with traffic, so they are kept with the latest state
// only and left out of the fingerprint; otherwise every sync would look like
// a change.
func stateRecord(st provider.FlagState) (body, fingerprint string, err error) {
	st.LastEvaluated, st.EvaluationStatus = nil, ""
	b, err := json.Marshal(st)
	if err != nil {
		return "", "", err
	}
	sum := sha256.Sum256(b)
	return string(b), hex.EncodeToString(sum[:]), nil
}

// FlagFilter narrows LatestFlags. Empty fields match everything.
type FlagFilter struct {
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	Environment string `json:"environment"`
}

// LatestFlags returns the latest state of every current flag matching f,
// sorted by provider, project, environment and key.
func (s *Store) LatestFlags(ctx context.Context, f FlagFilter) ([]domain.StoredFlag, error) {
	var where []string
	var args []any
	for _, c := range []struct{ col, val string }{
		{"l.provider", f.Provider}, {"l.project", f.Project}, {"l.environment", f.Environment},
	} {
		if c.val != "" {
			where = append(where, c.col+" = ?")
			args = append(args, c.val)
		}
	}
	q := `SELECT s.state, l.last_evaluated, l.evaluation_status, l.checked_at FROM flag_latest l JOIN flag_states s ON s.id = l.state_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY l.provider, l.project, l.environment, l.flag_key"
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list flags: %w", err)
	}
	defer rows.Close()
	out := []domain.StoredFlag{}
	for rows.Next() {
		var body, status, checked string
		var lastEval sql.NullString
		if err := rows.Scan(&body, &lastEval, &status, &checked); err != nil {
			return nil, fmt.Errorf("list flags: %w", err)
		}
		var sf domain.StoredFlag
		if sf.FlagState, err = decodeState(body); err != nil {
			return nil, fmt.Errorf("list flags: stored state: %w", err)
		}
		sf.EvaluationStatus = status
		if sf.LastEvaluated, err = parseNullTime(lastEval); err != nil {
			return nil, err
		}
		if sf.CheckedAt, err = parseTime(checked); err != nil {
			return nil, err
		}
		out = append(out, sf)
	}
	return out, rows.Err()
}

// History returns every distinct state a flag has had, oldest first.
func (s *Store) History(ctx context.Context, id provider.ID) ([]domain.HistoryPoint, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT observed_at, state FROM flag_states
		WHERE provider = ? AND project = ? AND environment = ? AND flag_key = ? ORDER BY id`,
		id.Provider, id.Project, id.Environment, id.Key)
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", id.Key, err)
	}
	defer rows.Close()
	out := []domain.HistoryPoint{}
	for rows.Next() {
		var at, body string
		var p domain.HistoryPoint
		if err := rows.Scan(&at, &body); err != nil {
			return nil, fmt.Errorf("history of %s: %w", id.Key, err)
		}
		if p.ObservedAt, err = parseTime(at); err != nil {
			return nil, err
		}
		if p.State, err = decodeState(body); err != nil {
			return nil, fmt.Errorf("history of %s: %w", id.Key, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// ForgetProvider removes every stored state of a provider, latest and
// history, and its evaluation counts, such as when the demo workspace is
// removed.
func (s *Store) ForgetProvider(ctx context.Context, providerName string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			`DELETE FROM flag_latest WHERE provider = ?`,
			`DELETE FROM flag_states WHERE provider = ?`,
			`DELETE FROM sync_runs WHERE provider = ?`,
			`DELETE FROM flag_usage WHERE provider = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, providerName); err != nil {
				return fmt.Errorf("forget %s: %w", providerName, err)
			}
		}
		return nil
	})
}
