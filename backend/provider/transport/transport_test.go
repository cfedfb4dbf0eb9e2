package transport_test

import (
	"context"
	"errors"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// noJitter makes waits deterministic.
func noJitter(time.Duration) time.Duration { return 0 }

// reply is one scripted response of a test server.
type reply struct {
	status int
	header map[string]string
	body   string
}

// scripted serves replies in order, repeating the last one, and counts
// requests.
func scripted(t *testing.T, replies ...reply) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		rep := replies[min(i, len(replies)-1)]
		for k, v := range rep.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(rep.status)
		io.WriteString(w, rep.body)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func get(url string) transport.SendFunc {
	return func(ctx context.Context) (*http.Response, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		return http.DefaultClient.Do(req)
	}
}

func newTest(clock *transporttest.Clock, opts transport.Options) *transport.Transport {
	opts.Clock = clock
	opts.Jitter = noJitter
	opts.BaseBackoff = 100 * time.Millisecond
	opts.MaxBackoff = time.Second
	return transport.New(opts)
}

const (
	okBody = `{"ok":true}`
	ms     = time.Millisecond
)

func TestDoRetries(t *testing.T) {
	ok := reply{status: 200, body: okBody}
	fail := reply{status: 500, body: `{"code":"internal","message":"boom"}`}
	tests := []struct {
		name       string
		replies    []reply
		idempotent bool
		opts       transport.Options
		wantStatus int // 0: success
		wantCalls  int32
		wantSleeps []time.Duration
	}{
		{"success", []reply{ok}, true, transport.Options{}, 0, 1, nil},
		{"5xx then success", []reply{fail, fail, ok}, true, transport.Options{}, 0, 3,
			[]time.Duration{50 * ms, 100 * ms}},
		{"5xx forever", []reply{fail}, true, transport.Options{MaxRetries: 3}, 500, 4,
			[]time.Duration{50 * ms, 100 * ms, 200 * ms}},
		{"backoff capped", []reply{fail}, true, transport.Options{MaxRetries: 6}, 500, 7,
			[]time.Duration{50 * ms, 100 * ms, 200 * ms, 400 * ms, 500 * ms, 500 * ms}},
		{"total wait cap", []reply{fail}, true, transport.Options{MaxRetries: 6, MaxTotalWait: 400 * ms}, 500, 4,
			[]time.Duration{50 * ms, 100 * ms, 200 * ms}},
		{"retries disabled", []reply{fail}, true, transport.Options{MaxRetries: -1}, 500, 1, nil},
		{"write: 5xx not retried", []reply{fail, ok}, false, transport.Options{}, 500, 1, nil},
		{"401 not retried", []reply{{status: 401, body: `{"code":"unauthorized","message":"Invalid access token"}`}},
			true, transport.Options{}, 401, 1, nil},
		{"404 not retried", []reply{{status: 404, body: `{"code":"not_found","message":"Unknown"}`}},
			true, transport.Options{}, 404, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, calls := scripted(t, tt.replies...)
			clock := transporttest.NewClock(time.Unix(1700000000, 0))
			tr := newTest(clock, tt.opts)
			var got struct{ OK bool }
			err := tr.Do(context.Background(), transport.Call{Name: "test call", Idempotent: tt.idempotent},
				get(srv.URL), transport.DecodeJSON(&got))
			if tt.wantStatus == 0 {
				if err != nil || !got.OK {
					t.Fatalf("Do = %v, body ok %v; want success", err, got.OK)
				}
			} else {
				var he *transport.HTTPError
				if !errors.As(err, &he) || he.Status != tt.wantStatus {
					t.Fatalf("Do = %v; want transport.HTTPError %d", err, tt.wantStatus)
				}
				if he.Attempts != int(tt.wantCalls) {
					t.Errorf("Attempts = %d, want %d", he.Attempts, tt.wantCalls)
				}
			}
			if n := calls.Load(); n != tt.wantCalls {
				t.Errorf("server saw %d requests, want %d", n, tt.wantCalls)
			}
			if !slices.Equal(clock.Sleeps(), tt.wantSleeps) {
				t.Errorf("waits = %v, want %v", clock.Sleeps(), tt.wantSleeps)
			}
		})
	}
}

func TestBackoffJitterStaysInRange(t *testing.T) {
	srv, _ := scripted(t, reply{status: 503})
	for range 20 {
		clock := transporttest.NewClock(time.Time{})
		tr := transport.New(transport.Options{BaseBackoff: 100 * ms, MaxBackoff: time.Second, MaxRetries: 6, Clock: clock})
		tr.Do(context.Background(), transport.Call{Name: "x", Idempotent: true}, get(srv.URL), transport.DecodeJSON(new(any)))
		for n, d := range clock.Sleeps() {
			step := min(100*ms<<n, time.Second)
			if d < step/2 || d >= step {
				t.Fatalf("wait %d = %v, want in [%v, %v)", n, d, step/2, step)
			}
		}
	}
}

func TestDoReadErrors(t *testing.T) {
	tests := []struct {
		name      string
		read      transport.ReadFunc
		wantCalls int32
		wantIs    error
	}{
		{"malformed body is final", func(*http.Response) error { return errors.New("invalid character 'x'") }, 1, nil},
		{"cut body is retried", func(*http.Response) error { return io.ErrUnexpectedEOF }, 3, io.ErrUnexpectedEOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, calls := scripted(t, reply{status: 200, body: okBody})
			tr := newTest(transporttest.NewClock(time.Time{}), transport.Options{MaxRetries: 2})
			err := tr.Do(context.Background(), transport.Call{Name: "list things", Idempotent: true}, get(srv.URL), tt.read)
			if err == nil || !strings.HasPrefix(err.Error(), "list things: ") {
				t.Fatalf("Do = %v; want an error naming the call", err)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Do = %v; want it to wrap %v", err, tt.wantIs)
			}
			if n := calls.Load(); n != tt.wantCalls {
				t.Errorf("server saw %d requests, want %d", n, tt.wantCalls)
			}
		})
	}
}

func TestDoNetworkErrors(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	closedURL := srv.URL
	srv.Close() // connections are now refused: the request never leaves

	for _, idempotent := range []bool{true, false} {
		tr := newTest(transporttest.NewClock(time.Time{}), transport.Options{MaxRetries: 2})
		err := tr.Do(context.Background(), transport.Call{Name: "dial", Idempotent: idempotent}, get(closedURL), transport.DecodeJSON(new(any)))
		if err == nil || !strings.Contains(err.Error(), "gave up after 3 attempts") {
			t.Errorf("idempotent=%v: Do = %v; want refused connection retried", idempotent, err)
		}
	}
}

func TestDoAttemptTimeout(t *testing.T) {
	tests := []struct {
		name       string
		idempotent bool
		wantCalls  int32
		wantErr    bool
	}{
		{"read is retried", true, 2, false},
		{"write is not retried", false, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					<-r.Context().Done() // hang until the client gives up
					return
				}
				io.WriteString(w, okBody)
			}))
			defer srv.Close()
			tr := newTest(transporttest.NewClock(time.Time{}), transport.Options{AttemptTimeout: 50 * time.Millisecond})
			err := tr.Do(context.Background(), transport.Call{Name: "slow", Idempotent: tt.idempotent}, get(srv.URL), transport.DecodeJSON(new(any)))
			if (err != nil) != tt.wantErr {
				t.Fatalf("Do = %v, want error %v", err, tt.wantErr)
			}
			if n := calls.Load(); n != tt.wantCalls {
				t.Errorf("server saw %d requests, want %d", n, tt.wantCalls)
			}
		})
	}
}

// stuckClock is a Clock whose waits never end by themselves: Sleep sends
// its duration on sleeping and returns only when ctx is done, as a long
// wait that is cancelled does.
type stuckClock struct{ sleeping chan time.Duration }

func (stuckClock) Now() time.Time { return time.Unix(1700000000, 0) }

func (c stuckClock) Sleep(ctx context.Context, d time.Duration) error {
	c.sleeping <- d
	<-ctx.Done()
	return ctx.Err()
}

func TestDoCancelledWhileWaiting(t *testing.T) {
	tests := []struct {
		name       string
		reply      reply
		wantWait   time.Duration
		wantNotice bool
	}{
		{"backing off after a 5xx", reply{status: 503}, 50 * ms, false},
		{"waiting a rate-limit window", reply{status: 429}, transport.DefaultRateLimitWindow, true},
		{"waiting the longest rate-limit wait", reply{status: 429, header: map[string]string{"Retry-After": "3600"}},
			transport.MaxRateLimitWait, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, calls := scripted(t, tt.reply)
			var notices []time.Duration
			ctx, cancel := context.WithCancel(provider.WithRateLimitNotice(context.Background(),
				func(d time.Duration) { notices = append(notices, d) }))
			defer cancel()
			clock := stuckClock{sleeping: make(chan time.Duration)}
			waited := make(chan time.Duration, 1)
			go func() {
				waited <- <-clock.sleeping
				cancel()
			}()
			tr := transport.New(transport.Options{Clock: clock, Jitter: noJitter, BaseBackoff: 100 * ms, RateLimitWait: transport.RetryAfter})
			err := tr.Do(ctx, transport.Call{Name: "list flags", Idempotent: true}, get(srv.URL), transport.DecodeJSON(new(any)))
			if !errors.Is(err, context.Canceled) || !strings.HasPrefix(err.Error(), "list flags: ") {
				t.Fatalf("Do = %v; want context.Canceled naming the call", err)
			}
			if n := calls.Load(); n != 1 {
				t.Errorf("server saw %d requests, want 1", n)
			}
			if d := <-waited; d != tt.wantWait {
				t.Errorf("waited %v, want %v", d, tt.wantWait)
			}
			var wantNotices []time.Duration
			if tt.wantNotice {
				wantNotices = []time.Duration{tt.wantWait}
			}
			if !slices.Equal(notices, wantNotices) {
				t.Errorf("rate-limit notices %v, want %v", notices, wantNotices)
			}
		})
	}
}

func TestDoCancelledWhileQueued(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		io.WriteString(w, okBody)
	}))
	defer srv.Close()
	tr := transport.New(transport.Options{MaxInFlight: 1})
	done := make(chan error)
	go func() {
		done <- tr.Do(context.Background(), transport.Call{Name: "first", Idempotent: true}, get(srv.URL), transport.DecodeJSON(new(any)))
	}()
	<-started // the only slot is taken

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sent := false
	err := tr.Do(ctx, transport.Call{Name: "queued", Idempotent: true}, func(context.Context) (*http.Response, error) {
		sent = true
		return nil, errors.New("unreachable")
	}, transport.DecodeJSON(new(any)))
	if !errors.Is(err, context.Canceled) || sent {
		t.Errorf("Do = %v, sent %v; want context.Canceled without sending", err, sent)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestDoBoundsConcurrency(t *testing.T) {
	const limit, calls = 3, 12
	var inFlight, peak atomic.Int32
	full := make(chan struct{})
	var fullOnce sync.Once
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		if n == limit {
			fullOnce.Do(func() { close(full) })
		}
		<-release
		io.WriteString(w, okBody)
	}))
	defer srv.Close()

	tr := transport.New(transport.Options{MaxInFlight: limit})
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for range calls {
		wg.Go(func() {
			errs <- tr.Do(context.Background(), transport.Call{Name: "page", Idempotent: true}, get(srv.URL), transport.DecodeJSON(new(any)))
		})
	}
	<-full // every slot is busy; a broken bound would let more in now
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if p := peak.Load(); p != limit {
		t.Errorf("peak in flight = %d, want %d", p, limit)
	}
}

func TestErrorsNeverContainSecrets(t *testing.T) {
	const token = "api-0123-secret-token"
	tests := []struct {
		name string
		send transport.SendFunc
	}{
		{"server echoes the token", func(ctx context.Context) (*http.Response, error) {
			srv, _ := scripted(t, reply{status: 401, body: `{"code":"unauthorized","message":"bad token ` + token + `"}`})
			return get(srv.URL)(ctx)
		}},
		{"network error mentions the token", func(context.Context) (*http.Response, error) {
			return nil, errors.New("proxy refused Authorization " + token)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTest(transporttest.NewClock(time.Time{}), transport.Options{Secrets: []string{token}})
			err := tr.Do(context.Background(), transport.Call{Name: "list projects"}, tt.send, transport.DecodeJSON(new(any)))
			if err == nil {
				t.Fatal("Do succeeded; want an error")
			}
			if strings.Contains(err.Error(), token) || !strings.Contains(err.Error(), "[redacted]") {
				t.Errorf("error %q leaks the token or was not redacted", err)
			}
		})
	}
}

func TestDecodeJSONKeepsTargetOnFailure(t *testing.T) {
	tests := []struct {
		body    string
		want    map[string]int
		wantErr bool
	}{
		{`{"a":1}`, map[string]int{"a": 1}, false},
		{`{"a":2,"b":`, map[string]int{"old": 1}, true},
		{`{"a":"x"}`, map[string]int{"old": 1}, true},
	}
	for _, tt := range tests {
		srv, _ := scripted(t, reply{status: 200, body: tt.body})
		got := map[string]int{"old": 1}
		err := newTest(transporttest.NewClock(time.Time{}), transport.Options{MaxRetries: -1}).
			Do(context.Background(), transport.Call{Name: "decode"}, get(srv.URL), transport.DecodeJSON(&got))
		if (err != nil) != tt.wantErr || !maps.Equal(got, tt.want) {
			t.Errorf("%s: got %v, %v; want %v, error %v", tt.body, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "decode: decode response: ") {
			t.Errorf("%s: error %q does not name the call and the cause", tt.body, err)
		}
	}
}

func TestDecodeJSONReportsCutBodies(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		wantIs    error // nil: neither io.EOF nor io.ErrUnexpectedEOF
		wantCalls int32
	}{
		{"cut mid-object", `{"a":2,"b":`, io.ErrUnexpectedEOF, 3},
		{"cut mid-string", `{"a":"x`, io.ErrUnexpectedEOF, 3},
		{"cut, trailing space", `{"a":2 `, io.ErrUnexpectedEOF, 3},
		{"empty", ``, io.EOF, 1},
		{"blank", " \n", io.EOF, 1},
		{"malformed", `{"a":,}`, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, calls := scripted(t, reply{status: 200, body: tt.body})
			err := newTest(transporttest.NewClock(time.Time{}), transport.Options{MaxRetries: 2}).
				Do(context.Background(), transport.Call{Name: "decode", Idempotent: true}, get(srv.URL), transport.DecodeJSON(new(map[string]int)))
			if err == nil {
				t.Fatal("Do succeeded")
			}
			gotCut, gotEOF := errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF)
			if gotCut != (tt.wantIs == io.ErrUnexpectedEOF) || gotEOF != (tt.wantIs == io.EOF) {
				t.Errorf("Do = %v; want it to wrap %v", err, tt.wantIs)
			}
			if n := calls.Load(); n != tt.wantCalls {
				t.Errorf("server saw %d requests, want %d", n, tt.wantCalls)
			}
		})
	}
}

func TestDiscardBodyAcceptsAnyAnswer(t *testing.T) {
	for _, body := range []string{`true`, `{"key":"cut`, ``} {
		srv, calls := scripted(t, reply{status: 200, body: body})
		err := newTest(transporttest.NewClock(time.Time{}), transport.Options{}).
			Do(context.Background(), transport.Call{Name: "kill"}, get(srv.URL), transport.DiscardBody)
		if err != nil || calls.Load() != 1 {
			t.Errorf("body %q: Do = %v after %d requests; want success after 1", body, err, calls.Load())
		}
	}
}
