package verdicts

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"rolloutdesk/backend/drift"
)

// settingStaleAfter holds the drift staleness window as a Go duration.
const settingStaleAfter = "drift.stale_after"

// StaleAfter is the drift staleness window (Settings; default 24 hours).
func (s *Service) StaleAfter(ctx context.Context) (time.Duration, error) {
	v, err := s.Store.Setting(ctx, settingStaleAfter)
	if err != nil || v == "" {
		return drift.DefaultStaleAfter, err
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, fmt.Errorf("setting %s: %q is not a duration such as 24h: %w", settingStaleAfter, v, err)
	}
	return d, nil
}

// SetStaleAfter changes the drift staleness window.
func (s *Service) SetStaleAfter(ctx context.Context, d time.Duration) error {
	if d < time.Minute {
		return fmt.Errorf("stale window %s is too short: use a minute or more", d)
	}
	return s.Store.SetSetting(ctx, settingStaleAfter, d.String())
}

// jsonObject encodes v for an audit event's before or after state.
func jsonObject(v map[string]string) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode verdict: %w", err)
	}
	return b, nil
}
