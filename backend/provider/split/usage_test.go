package split_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
)

func TestEvaluationUsageIsUnavailable(t *testing.T) {
	w := newWorld(t)
	c, _ := w.client(t, nil)
	to := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	days, err := c.EvaluationUsage(context.Background(), "Default", "Production", "flag_001", to.AddDate(0, 0, -7), to)
	if days != nil || !errors.Is(err, provider.ErrUsageUnavailable) || !strings.Contains(err.Error(), `flag "flag_001"`) {
		t.Errorf("EvaluationUsage = %v, %v; want ErrUsageUnavailable naming the flag", days, err)
	}
	if n := w.srv.Stats().Requests; n != 0 {
		t.Errorf("%d requests, want none", n)
	}
}
