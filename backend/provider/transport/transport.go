// Package transport is the HTTP behaviour shared by the provider clients
// (LaunchDarkly, Split): a bound on requests in flight, bounded retries with
// jittered exponential backoff, waits on 429 that follow the provider's
// advice or else last one rate-limit window, with a budget of their own,
// caps on the total time spent waiting, cancellation at every wait, and
// errors that name the call and explain the cause without ever containing
// a secret.
//
// A client builds its requests with whatever library it likes (both use
// resty) and hands Do two functions: one that sends a request and one that
// reads a successful response. Do decides everything else.
package transport

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"time"

	"rolloutdesk/backend/provider"
)

// Defaults used when an Options field is zero.
const (
	DefaultMaxInFlight           = 6
	DefaultMaxRetries            = 5
	DefaultBaseBackoff           = 250 * time.Millisecond
	DefaultMaxBackoff            = 8 * time.Second
	DefaultMaxTotalWait          = time.Minute
	DefaultAttemptTimeout        = time.Minute
	DefaultMaxRateLimitRetries   = 10
	DefaultMaxRateLimitTotalWait = 3 * time.Minute
	DefaultRateLimitWindow       = 10 * time.Second
)

// Options configures a Transport. The zero value is usable.
//
// A call has two retry budgets: retries after a 429 count toward
// MaxRateLimitRetries and MaxRateLimitTotalWait only, every other retry
// toward MaxRetries and MaxTotalWait only. The first is the larger because a
// rate limit lasts a known while and waiting it out is the only remedy.
type Options struct {
	// MaxInFlight bounds the requests in flight at once across every call
	// made through the Transport. Default 6.
	MaxInFlight int
	// MaxRetries bounds the retries of one call after failures other than
	// a 429 (5xx, network and read errors). Default 5; a negative value
	// disables them.
	MaxRetries int
	// BaseBackoff is the first backoff step; each retry doubles it up to
	// MaxBackoff, and half of each step is random jitter. Defaults 250 ms
	// and 8 s. Each wait after a 429 gets up to BaseBackoff of jitter too.
	BaseBackoff, MaxBackoff time.Duration
	// MaxTotalWait caps the time one call spends backing off before the
	// retries MaxRetries counts; a call whose next such wait would pass it
	// fails with its last error. Default 1 min.
	MaxTotalWait time.Duration
	// AttemptTimeout bounds one attempt, reading the body included; an
	// attempt that times out counts as a transient failure. Default 1 min.
	AttemptTimeout time.Duration
	// MaxRateLimitRetries bounds the retries of one call after a 429.
	// Default 10: enough to wait out a storm of header-less 429s that lasts
	// ten 10 s windows; a negative value disables them.
	MaxRateLimitRetries int
	// MaxRateLimitTotalWait caps the time one call spends waiting for rate
	// limits; a call whose next such wait would pass it fails with its
	// 429. Default 3 min: room for ten 10 s windows, or for three waits of
	// the longest, MaxRateLimitWait.
	MaxRateLimitTotalWait time.Duration
	// RateLimitWindow is the wait after a 429 whose headers advise nothing
	// usable: none, or a reset time already past. Default 10 s,
	// LaunchDarkly's rate-limit window.
	RateLimitWindow time.Duration
	// RateLimitWait computes how long to wait after a 429 from the response
	// headers. When nil, or when it returns 0, Do waits RateLimitWindow.
	// Either wait is kept within [MinRateLimitWait, MaxRateLimitWait], and
	// announced with provider.NotifyRateLimit before Do waits.
	RateLimitWait RateLimitFunc
	// Secrets are strings (tokens) that must never appear in an error or a
	// log line; Do replaces them with "[redacted]" in text the server sent.
	Secrets []string
	// Clock reads the time and waits; tests inject a fake one. Default: the
	// real clock.
	Clock Clock
	// Jitter returns a random duration in [0, max). Default: math/rand/v2.
	Jitter func(max time.Duration) time.Duration
	// Logger receives a debug line per retry. Default: discard.
	Logger *slog.Logger
}

// Transport runs calls under one concurrency bound and retry policy. It is
// safe for concurrent use.
type Transport struct {
	opts  Options
	slots chan struct{}
}

// New returns a Transport for opts, with defaults filled in.
func New(opts Options) *Transport {
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = DefaultMaxInFlight
	}
	opts.MaxRetries = retriesOrDefault(opts.MaxRetries, DefaultMaxRetries)
	opts.MaxRateLimitRetries = retriesOrDefault(opts.MaxRateLimitRetries, DefaultMaxRateLimitRetries)
	opts.BaseBackoff = orDefault(opts.BaseBackoff, DefaultBaseBackoff)
	opts.MaxBackoff = orDefault(opts.MaxBackoff, DefaultMaxBackoff)
	opts.MaxTotalWait = orDefault(opts.MaxTotalWait, DefaultMaxTotalWait)
	opts.AttemptTimeout = orDefault(opts.AttemptTimeout, DefaultAttemptTimeout)
	opts.MaxRateLimitTotalWait = orDefault(opts.MaxRateLimitTotalWait, DefaultMaxRateLimitTotalWait)
	opts.RateLimitWindow = orDefault(opts.RateLimitWindow, DefaultRateLimitWindow)
	if opts.Clock == nil {
		opts.Clock = realClock{}
	}
	if opts.Jitter == nil {
		opts.Jitter = randomJitter
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Transport{opts: opts, slots: make(chan struct{}, opts.MaxInFlight)}
}

// retriesOrDefault returns n, def when n is 0, and 0 when n is negative
// (retries disabled).
func retriesOrDefault(n, def int) int {
	if n == 0 {
		return def
	}
	return max(n, 0)
}

// orDefault returns d, or def when d is not positive.
func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

func randomJitter(limit time.Duration) time.Duration {
	if limit <= 0 {
		return 0
	}
	return rand.N(limit)
}

// MaxInFlight reports the concurrency bound in force.
func (t *Transport) MaxInFlight() int { return t.opts.MaxInFlight }

// Call describes one logical request for retry decisions and error text.
type Call struct {
	// Name says what the call does, for errors and logs, e.g.
	// `list flags of project "web"`. It must not contain secrets.
	Name string
	// NotFound names what a 404 means, e.g. `project "web" or environment
	// "prod"`; the error then reads "unknown project "web" or ...".
	NotFound string
	// Idempotent marks a call that is safe to repeat (reads). A call that is
	// not idempotent is retried only when the server provably did not act
	// on it: a 429, or a connection that could not be opened. Timeouts, 5xx
	// and broken connections are then returned at once.
	Idempotent bool
}

// SendFunc sends one attempt of a call. It returns the response with its
// body unread; Do closes the body.
type SendFunc func(ctx context.Context) (*http.Response, error)

// ReadFunc reads a successful (2xx) response. An error it returns ends the
// call, unless it is a transient read failure (a timeout, a connection cut
// mid-body: io.ErrUnexpectedEOF or a net.Error), which is retried like a
// network error.
type ReadFunc func(resp *http.Response) error

// Do runs call: it waits for a free slot, sends, and on success hands the
// response to read. It retries transient failures with backoff, and 429s
// after the provider's wait, until the budget of their kind (see Options)
// is exhausted, and returns ctx's error, wrapped with the call name, as
// soon as ctx is done. Before each wait for a rate limit it tells
// provider.NotifyRateLimit how long it will be. Failures are *HTTPError for
// an HTTP status, or an error wrapping the network or read error.
func (t *Transport) Do(ctx context.Context, call Call, send SendFunc, read ReadFunc) error {
	failures := budget{maxRetries: t.opts.MaxRetries, maxWait: t.opts.MaxTotalWait}
	limits := budget{maxRetries: t.opts.MaxRateLimitRetries, maxWait: t.opts.MaxRateLimitTotalWait}
	for attempts := 1; ; attempts++ {
		limitWait, retry, err := t.attempt(ctx, call, send, read)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", call.Name, ctx.Err())
		}
		limited := limitWait > 0
		wait, spent := limitWait, &limits
		if !limited {
			wait, spent = t.backoff(failures.retries), &failures
		}
		if !retry || !spent.spend(wait) {
			return t.finalError(call, err, attempts, failures.waited+limits.waited)
		}
		t.opts.Logger.Debug("retrying", "call", call.Name, "attempt", attempts,
			"wait", wait, "rate_limited", limited, "cause", t.redact(err.Error()))
		if limited {
			provider.NotifyRateLimit(ctx, wait)
		}
		if err := t.opts.Clock.Sleep(ctx, wait); err != nil {
			return fmt.Errorf("%s: %w", call.Name, err)
		}
	}
}

// finalError gives err the call name, the number of attempts made and the
// time waited between them, with secrets redacted from its text.
func (t *Transport) finalError(call Call, err error, attempts int, waited time.Duration) error {
	var he *HTTPError
	if errors.As(err, &he) {
		he.Attempts = attempts
		he.Waited = waited
		return he
	}
	msg := fmt.Sprintf("%s: %v", call.Name, err)
	if attempts > 1 {
		msg += fmt.Sprintf(" (gave up after %d attempts)", attempts)
	}
	return &callError{msg: t.redact(msg), err: err}
}

// attempt makes one attempt within a slot. It reports whether the failure is
// worth retrying and, for a 429, how long to wait first (always positive).
func (t *Transport) attempt(ctx context.Context, call Call, send SendFunc, read ReadFunc) (wait time.Duration, retry bool, err error) {
	if err := ctx.Err(); err != nil {
		return 0, false, err
	}
	select {
	case t.slots <- struct{}{}:
	case <-ctx.Done():
		return 0, false, ctx.Err()
	}
	defer func() { <-t.slots }()

	actx, cancel := context.WithTimeout(ctx, t.opts.AttemptTimeout)
	defer cancel()
	resp, err := send(actx)
	if err != nil {
		return 0, t.transient(call, actx, err, true), err
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
		resp.Body.Close()
	}()

	switch status := resp.StatusCode; {
	case status >= 200 && status < 300:
		if err := read(resp); err != nil {
			return 0, t.transient(call, actx, err, false), err
		}
		return 0, false, nil
	case status == http.StatusTooManyRequests:
		return t.rateLimitWait(resp.Header), true, t.httpError(call, resp)
	default:
		return 0, call.Idempotent && status >= 500, t.httpError(call, resp)
	}
}

// transient reports whether err, met while sending (or while reading a
// successful response), is a passing network condition worth another try.
func (t *Transport) transient(call Call, actx context.Context, err error, sending bool) bool {
	var opErr *net.OpError
	if sending && errors.As(err, &opErr) && opErr.Op == "dial" {
		return true // the request never left: safe for any call
	}
	if !call.Idempotent {
		return false
	}
	var netErr net.Error
	return errors.Is(actx.Err(), context.DeadlineExceeded) ||
		errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.As(err, &netErr)
}
