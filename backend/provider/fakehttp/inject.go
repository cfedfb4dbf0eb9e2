package fakehttp

import (
	"maps"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// Injector holds the faults injected into a fake and applies them to the
// requests it serves. Its methods are safe for concurrent use.
type Injector[R any] struct {
	answers Answers[R]

	mu     sync.Mutex
	faults []*activeFault[R]
}

type activeFault[R any] struct {
	Fault[R]
	left int // requests still to affect; negative: unlimited
}

// NewInjector returns an Injector, without faults, that answers as a says.
func NewInjector[R any](a Answers[R]) *Injector[R] {
	return &Injector[R]{answers: a}
}

// Inject adds f. Faults apply in the order injected: every matching Slow
// fault, then the first matching failing fault, if any.
func (in *Injector[R]) Inject(f Fault[R]) {
	left := f.Times
	if left == 0 {
		left = -1
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	in.faults = append(in.faults, &activeFault[R]{Fault: f, left: left})
}

// Clear removes every fault.
func (in *Injector[R]) Clear() {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.faults = nil
}

// Wrap returns a handler that applies the faults matching each request and
// hands the request to next unless a failing fault answers it.
func (in *Injector[R]) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		delay, fail := in.take(r)
		if delay > 0 {
			timer := time.NewTimer(delay)
			defer timer.Stop()
			select {
			case <-timer.C:
			case <-r.Context().Done():
				return
			}
		}
		if fail == nil {
			next.ServeHTTP(w, r)
			return
		}
		switch fail.Kind {
		case RateLimited:
			in.answers.RateLimitHeader(w.Header(), fail.RateLimit)
			in.answers.Error(w, fail.Kind.status())
		case Malformed:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusOK)
			w.Write(in.answers.Malformed)
		case Truncated:
			serveHalf(w, r, next)
		default:
			in.answers.Error(w, fail.Kind.status())
		}
	})
}

// take returns the total delay of the Slow faults that apply to r and the
// first failing fault that does, using one of each one's remaining count.
// Faults whose Until has come are dropped first.
func (in *Injector[R]) take(r *http.Request) (delay time.Duration, fail *Fault[R]) {
	in.mu.Lock()
	defer in.mu.Unlock()
	kept := in.faults[:0]
	for _, f := range in.faults {
		if f.over() {
			continue
		}
		if (f.Kind == Slow || fail == nil) && in.matches(&f.Fault, r) {
			if f.Kind == Slow {
				delay += f.Delay
			} else {
				fail = &f.Fault
			}
			f.left--
		}
		if f.left != 0 {
			kept = append(kept, f)
		}
	}
	clear(in.faults[len(kept):])
	in.faults = kept
	return delay, fail
}

// matches reports whether f applies to r: its method, when set, and its
// path, when set, select r.
func (in *Injector[R]) matches(f *Fault[R], r *http.Request) bool {
	return (f.Method == "" || f.Method == r.Method) && (f.Path == "" || in.answers.Match(f.Path, r))
}

// serveHalf serves r with next but sends only the first half of the body,
// without a Content-Length that would give the cut away.
func serveHalf(w http.ResponseWriter, r *http.Request, next http.Handler) {
	rec := httptest.NewRecorder()
	next.ServeHTTP(rec, r)
	maps.Copy(w.Header(), rec.Header())
	w.Header().Del("Content-Length")
	w.WriteHeader(rec.Code)
	body := rec.Body.Bytes()
	w.Write(body[:len(body)/2])
}
