package store

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
)

// TestBackfillStateFields stores a state as builds before traffic allocation
// and prerequisites wrote it, runs the backfill, and checks that the same
// flag synced again counts as unchanged and reads back with the defaults.
func TestBackfillStateFields(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	old := `{"provider":"launchdarkly","project":"default","environment":"production","key":"a","name":"a","on":true,` +
		`"serving":[{"variation":"true","percent":5},{"variation":"false","percent":95}],"off_variation":"false",` +
		`"rules":0,"targets":0,"segments":[],"last_modified":"2026-11-01T00:00:00Z","last_evaluated":null,"archived":false,"version":3}`
	at := timeText(time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO flag_states (provider, project, environment, flag_key, observed_at, fingerprint, state)
			VALUES ('launchdarkly', 'default', 'production', 'a', ?, 'old-fingerprint', ?)`, at, old)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		if _, err := tx.ExecContext(ctx, `INSERT INTO flag_latest (provider, project, environment, flag_key, state_id, checked_at)
			VALUES ('launchdarkly', 'default', 'production', 'a', ?, ?)`, id, at); err != nil {
			return err
		}
		return backfillStateFields(ctx, tx)
	})
	if err != nil {
		t.Fatal(err)
	}
	latest, err := s.LatestFlags(ctx, FlagFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(latest) != 1 || latest[0].TrafficAllocation != 100 || latest[0].Prerequisites == nil || len(latest[0].Prerequisites) != 0 {
		t.Fatalf("backfilled state = %+v, want 100%% allocation and an empty prerequisite list", latest)
	}
	again := state("production", "a", 5)
	again.TrafficAllocation, again.Prerequisites = 100, []provider.Prerequisite{}
	changed, err := s.ApplySnapshot(ctx, Snapshot{Provider: provider.LaunchDarkly, Project: "default",
		Environments: []string{"production"}, States: []provider.FlagState{again}, At: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if changed != 0 {
		t.Errorf("the first sync after the backfill recorded %d changes, want 0", changed)
	}
}

func TestDecodeStateKeepsAZeroAllocation(t *testing.T) {
	st, err := decodeState(`{"key":"a","traffic_allocation":0,"prerequisites":[{"key":"p","variation":"on"}]}`)
	if err != nil {
		t.Fatal(err)
	}
	if st.TrafficAllocation != 0 || len(st.Prerequisites) != 1 {
		t.Errorf("decoded %+v: a stored 0%% allocation and the prerequisite must survive", st)
	}
}
