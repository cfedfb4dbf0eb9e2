package transport

import "time"

// budget bounds one kind of retry a call may make: how many, and how long
// it may wait before them in all.
type budget struct {
	maxRetries int
	maxWait    time.Duration
	retries    int           // retries made so far
	waited     time.Duration // time waited before them
}

// spend reports whether one more retry after wait fits in b, and counts it
// if so.
func (b *budget) spend(wait time.Duration) bool {
	if b.retries >= b.maxRetries || b.waited+wait > b.maxWait {
		return false
	}
	b.retries++
	b.waited += wait
	return true
}

// backoff is the jittered wait before retry n+1: half the exponential step
// plus up to half of it at random.
func (t *Transport) backoff(n int) time.Duration {
	step := t.opts.BaseBackoff << min(n, 30)
	if step <= 0 || step > t.opts.MaxBackoff {
		step = t.opts.MaxBackoff
	}
	return step/2 + t.opts.Jitter(step/2)
}
