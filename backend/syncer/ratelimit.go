package syncer

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"rolloutdesk/backend/provider"
)

// withRateLimitProgress makes the provider's rate-limit waits visible: each
// wait is reported as progress that keeps the last counts and says how long
// the sync is waiting. It returns the context to fetch with and the report
// function that remembers those counts.
func withRateLimitProgress(ctx context.Context, report provider.ProgressFunc) (context.Context, provider.ProgressFunc) {
	var mu sync.Mutex
	var last provider.Progress
	remember := func(p provider.Progress) {
		mu.Lock()
		last = p
		mu.Unlock()
		report(p)
	}
	notice := func(wait time.Duration) {
		mu.Lock()
		p := last
		mu.Unlock()
		p.Message = RateLimitMessage(wait)
		report(p)
	}
	return provider.WithRateLimitNotice(ctx, notice), remember
}

// RateLimitMessage is the progress text shown while a sync waits for a
// provider's rate limit.
func RateLimitMessage(wait time.Duration) string {
	return fmt.Sprintf("waiting for the rate limit (%d s)", int(math.Ceil(wait.Seconds())))
}
