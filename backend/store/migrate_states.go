package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/pressly/goose/v3"

	"rolloutdesk/backend/provider"
)

// goMigrations are the schema steps that need Go rather than SQL. Their
// versions interleave with the numbered files in migrations/.
var goMigrations = []*goose.Migration{
	goose.NewGoMigration(5, &goose.GoFunc{RunTx: backfillStateFields}, nil),
}

// backfillStateFields gives every stored flag state the fields added with
// prerequisites and traffic allocation — an empty prerequisite list and 100%
// allocation, which is what every state read before them had — and
// recomputes its fingerprint, so the first sync after the upgrade does not
// record every flag as changed.
func backfillStateFields(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, state FROM flag_states`)
	if err != nil {
		return fmt.Errorf("backfill flag states: %w", err)
	}
	type update struct {
		id                int64
		body, fingerprint string
	}
	var updates []update
	for rows.Next() {
		var id int64
		var body string
		if err := rows.Scan(&id, &body); err != nil {
			rows.Close()
			return fmt.Errorf("backfill flag states: %w", err)
		}
		st, err := decodeState(body)
		if err != nil {
			rows.Close()
			return fmt.Errorf("backfill flag state %d: %w", id, err)
		}
		newBody, fingerprint, err := stateRecord(st)
		if err != nil {
			rows.Close()
			return err
		}
		updates = append(updates, update{id, newBody, fingerprint})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("backfill flag states: %w", err)
	}
	stmt, err := tx.PrepareContext(ctx, `UPDATE flag_states SET state = ?, fingerprint = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, u := range updates {
		if _, err := stmt.ExecContext(ctx, u.body, u.fingerprint, u.id); err != nil {
			return fmt.Errorf("backfill flag state %d: %w", u.id, err)
		}
	}
	return nil
}

// decodeState reads a stored flag state. States stored before traffic
// allocation and prerequisites were read get 100% and an empty list.
func decodeState(body string) (provider.FlagState, error) {
	var st provider.FlagState
	var present struct {
		TrafficAllocation *float64 `json:"traffic_allocation"`
	}
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		return st, err
	}
	if err := json.Unmarshal([]byte(body), &present); err != nil {
		return st, err
	}
	if present.TrafficAllocation == nil {
		st.TrafficAllocation = 100
	}
	if st.Prerequisites == nil {
		st.Prerequisites = []provider.Prerequisite{}
	}
	return st, nil
}
