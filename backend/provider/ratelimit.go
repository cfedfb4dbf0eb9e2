package provider

import (
	"context"
	"time"
)

// RateLimitNotice receives how long a provider call will wait for its rate
// limit before trying again. It must not block.
type RateLimitNotice func(wait time.Duration)

type rateLimitNoticeKey struct{}

// WithRateLimitNotice returns a context whose provider calls tell notice
// each time they wait for a rate limit, so a sync can show it.
func WithRateLimitNotice(ctx context.Context, notice RateLimitNotice) context.Context {
	return context.WithValue(ctx, rateLimitNoticeKey{}, notice)
}

// NotifyRateLimit tells the notice in ctx, if any, about a wait.
func NotifyRateLimit(ctx context.Context, wait time.Duration) {
	if notice, ok := ctx.Value(rateLimitNoticeKey{}).(RateLimitNotice); ok && notice != nil {
		notice(wait)
	}
}
