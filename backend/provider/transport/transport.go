// Package transport is the HTTP behaviour shared by the provider clients
// (LaunchDarkly, Split): a bound on requests in flight, bounded retries with
// jittered exponential backoff, provider-specific waits on 429, a cap on the
// total time spent waiting, cancellation at every wait, and errors that name
// the call and explain the cause without ever containing a secret.
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
)

// Defaults used when an Options field is zero.
const (
	DefaultMaxInFlight    = 6
	DefaultMaxRetries     = 5
	DefaultBaseBackoff    = 250 * time.Millisecond
	DefaultMaxBackoff     = 8 * time.Second
	DefaultMaxTotalWait   = time.Minute
	DefaultAttemptTimeout = time.Minute
)

// Options configures a Transport. The zero value is usable.
type Options struct {
	// MaxInFlight bounds the requests in flight at once across every call
	// made through the Transport. Default 6.
	MaxInFlight int
	// MaxRetries bounds the retries of one call (so it makes at most
	// MaxRetries+1 attempts). Default 5; a negative value disables retries.
	MaxRetries int
	// BaseBackoff is the first backoff step; each retry doubles it up to
	// MaxBackoff, and half of each step is random jitter. Defaults 250 ms
	// and 8 s.
	BaseBackoff, MaxBackoff time.Duration
	// MaxTotalWait caps the time one call spends waiting between attempts;
	// a call whose next wait would pass it fails with its last error.
	// Default 1 min.
	MaxTotalWait time.Duration
	// AttemptTimeout bounds one attempt, reading the body included; an
	// attempt that times out counts as a transient failure. Default 1 min.
	AttemptTimeout time.Duration
	// RateLimitWait computes how long to wait after a 429 from the response
	// headers. When nil, or when it returns 0, Do backs off as for a 5xx.
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
	if opts.MaxRetries == 0 {
		opts.MaxRetries = DefaultMaxRetries
	}
	opts.MaxRetries = max(opts.MaxRetries, 0)
	opts.BaseBackoff = orDefault(opts.BaseBackoff, DefaultBaseBackoff)
	opts.MaxBackoff = orDefault(opts.MaxBackoff, DefaultMaxBackoff)
	opts.MaxTotalWait = orDefault(opts.MaxTotalWait, DefaultMaxTotalWait)
	opts.AttemptTimeout = orDefault(opts.AttemptTimeout, DefaultAttemptTimeout)
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
// response to read. It retries transient failures with backoff until
// MaxRetries or MaxTotalWait is exhausted, and returns ctx's error, wrapped
// with the call name, as soon as ctx is done. Failures are *HTTPError for an
// HTTP status, or an error wrapping the network or read error.
func (t *Transport) Do(ctx context.Context, call Call, send SendFunc, read ReadFunc) error {
	var waited time.Duration
	for attempt := 0; ; attempt++ {
		hint, retry, err := t.attempt(ctx, call, send, read)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", call.Name, ctx.Err())
		}
		if !retry || attempt >= t.opts.MaxRetries {
			return t.finalError(call, err, attempt+1)
		}
		wait := t.backoff(attempt)
		if hint > 0 {
			wait = hint + t.opts.Jitter(t.opts.BaseBackoff)
		}
		if waited+wait > t.opts.MaxTotalWait {
			return t.finalError(call, err, attempt+1)
		}
		waited += wait
		t.opts.Logger.Debug("retrying", "call", call.Name, "attempt", attempt+1,
			"wait", wait, "cause", t.redact(err.Error()))
		if err := t.opts.Clock.Sleep(ctx, wait); err != nil {
			return fmt.Errorf("%s: %w", call.Name, err)
		}
	}
}

// finalError gives err the call name and the number of attempts made, with
// secrets redacted from its text.
func (t *Transport) finalError(call Call, err error, attempts int) error {
	var he *HTTPError
	if errors.As(err, &he) {
		he.Attempts = attempts
		return he
	}
	msg := fmt.Sprintf("%s: %v", call.Name, err)
	if attempts > 1 {
		msg += fmt.Sprintf(" (gave up after %d attempts)", attempts)
	}
	return &callError{msg: t.redact(msg), err: err}
}

// attempt makes one attempt within a slot. It reports whether the failure is
// worth retrying and, for a 429 the provider could interpret, how long to
// wait first.
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
		if t.opts.RateLimitWait != nil {
			wait = max(t.opts.RateLimitWait(resp.Header, t.opts.Clock.Now()), 0)
		}
		return wait, true, t.httpError(call, resp)
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

// backoff is the jittered wait before retry n+1: half the exponential step
// plus up to half of it at random.
func (t *Transport) backoff(n int) time.Duration {
	step := t.opts.BaseBackoff << min(n, 30)
	if step <= 0 || step > t.opts.MaxBackoff {
		step = t.opts.MaxBackoff
	}
	return step/2 + t.opts.Jitter(step/2)
}
