// Package transporttest helps test code built on package transport.
package transporttest

import (
	"context"
	"sync"
	"time"
)

// Clock is a transport.Clock that never waits: Sleep records the duration,
// advances Now by it and returns at once (with ctx's error when ctx is
// done), so that backoff and rate-limit waits cost tests no time.
type Clock struct {
	// OnSleep, if set, runs at each Sleep before it returns, e.g. to cancel
	// a context mid-wait.
	OnSleep func()

	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

// NewClock returns a Clock that starts at start.
func NewClock(start time.Time) *Clock { return &Clock{now: start} }

// Now is the start time plus every duration slept so far.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Sleep records d and returns without waiting.
func (c *Clock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	c.mu.Unlock()
	if c.OnSleep != nil {
		c.OnSleep()
	}
	return ctx.Err()
}

// Sleeps returns the durations slept so far, in order.
func (c *Clock) Sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}
