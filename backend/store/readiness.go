package store

import (
	"context"
	"fmt"
	"time"
)

// ReadinessRecord is the last readiness verdict recorded for a release.
type ReadinessRecord struct {
	Release string `json:"release"`
	Phase   string `json:"phase"`
	Verdict string `json:"verdict"`
	Summary string `json:"summary"`
}

// ReadinessVerdicts returns the last recorded verdict of every release, by
// release key.
func (s *Store) ReadinessVerdicts(ctx context.Context) (map[string]ReadinessRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT release, phase, verdict, summary FROM readiness_verdicts`)
	if err != nil {
		return nil, fmt.Errorf("readiness verdicts: %w", err)
	}
	defer rows.Close()
	out := map[string]ReadinessRecord{}
	for rows.Next() {
		var v ReadinessRecord
		if err := rows.Scan(&v.Release, &v.Phase, &v.Verdict, &v.Summary); err != nil {
			return nil, fmt.Errorf("readiness verdicts: %w", err)
		}
		out[v.Release] = v
	}
	return out, rows.Err()
}

// SetReadinessVerdict records a release's verdict.
func (s *Store) SetReadinessVerdict(ctx context.Context, v ReadinessRecord, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO readiness_verdicts (release, phase, verdict, summary, updated_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (release) DO UPDATE SET phase = excluded.phase,
		verdict = excluded.verdict, summary = excluded.summary, updated_at = excluded.updated_at`,
		v.Release, v.Phase, v.Verdict, v.Summary, timeText(at))
	if err != nil {
		return fmt.Errorf("record readiness of %s: %w", v.Release, err)
	}
	return nil
}
