package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// Times are stored as RFC 3339 text in UTC so they sort and read well.

func timeText(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func nullTimeText(t *time.Time) any {
	if t == nil {
		return nil
	}
	return timeText(*t)
}

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}

func parseNullTime(ns sql.NullString) (*time.Time, error) {
	if !ns.Valid {
		return nil, nil
	}
	t, err := parseTime(ns.String)
	return &t, err
}

func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
