package split

import (
	"context"
	"fmt"
	"time"

	"rolloutdesk/backend/provider"
)

var _ provider.UsageReader = (*Client)(nil)

// EvaluationUsage fails, without a request, with an error that wraps
// provider.ErrUsageUnavailable: Split's Admin API documents no evaluation
// (impression) counts, only when a definition last received traffic
// (lastTrafficReceivedAt, which Fetch reports as FlagState.LastEvaluated).
func (c *Client) EvaluationUsage(_ context.Context, project, env, key string, _, _ time.Time) ([]provider.UsageDay, error) {
	return nil, fmt.Errorf("split: get evaluation usage of flag %q in %s of workspace %q: %w: the Admin API reports only when a flag last received traffic",
		key, env, project, provider.ErrUsageUnavailable)
}
