package transport_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// t0 is when the fake clock of the rate-limit tests starts.
var t0 = time.Unix(1700000000, 0)

func TestHeaderSeconds(t *testing.T) {
	tests := []struct {
		value  string
		want   time.Duration
		wantOK bool
	}{
		{"", 0, false},
		{"30", 30 * time.Second, true},
		{"0", 0, true},
		{"1.5", 1500 * time.Millisecond, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{"Wed, 21 Oct 2015 07:28:00 GMT", 0, false},
	}
	for _, tt := range tests {
		h := http.Header{}
		if tt.value != "" {
			h.Set("Retry-After", tt.value)
		}
		got, ok := transport.HeaderSeconds(h, "Retry-After")
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("HeaderSeconds(%q) = %v, %v; want %v, %v", tt.value, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		value string
		want  time.Duration
	}{
		{"", 0},
		{"7", 7 * time.Second},
		{"0", 0},
		{t0.Add(30 * time.Second).UTC().Format(http.TimeFormat), 30 * time.Second},
		{t0.Add(30 * time.Second).UTC().Format(time.RFC850), 30 * time.Second},
		{t0.Add(-time.Hour).UTC().Format(http.TimeFormat), 0},
		{"soon", 0},
	}
	for _, tt := range tests {
		h := http.Header{}
		if tt.value != "" {
			h.Set("Retry-After", tt.value)
		}
		if got := transport.RetryAfter(h, t0); got != tt.want {
			t.Errorf("RetryAfter(%q) = %v, want %v", tt.value, got, tt.want)
		}
	}
}

// answerFunc is a test server's reply to request n (from 0), which arrives
// at time now of the fake clock.
type answerFunc func(n int, now time.Time) reply

// timed serves answer by the time of clock and records the status of each
// reply.
func timed(t *testing.T, clock *transporttest.Clock, answer answerFunc) (*httptest.Server, func() []int) {
	t.Helper()
	var mu sync.Mutex
	var statuses []int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		rep := answer(len(statuses), clock.Now())
		statuses = append(statuses, rep.status)
		mu.Unlock()
		for k, v := range rep.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(rep.status)
		io.WriteString(w, rep.body)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []int {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(statuses)
	}
}

// The replies of the rate-limit tests.
var (
	okReply   = reply{status: 200, body: okBody}
	bare429   = reply{status: 429, body: `{"code":"rate_limited","message":"slow down"}`}
	failReply = reply{status: 500, body: `{"code":"internal","message":"boom"}`}
)

// always answers rep to every request.
func always(rep reply) answerFunc { return func(int, time.Time) reply { return rep } }

// storm answers rep to requests that arrive within d of t0, then succeeds.
func storm(d time.Duration, rep reply) answerFunc {
	return func(_ int, now time.Time) reply {
		if now.Before(t0.Add(d)) {
			return rep
		}
		return okReply
	}
}

// inTurn answers the replies in order, then succeeds.
func inTurn(replies ...reply) answerFunc {
	return func(n int, _ time.Time) reply {
		if n < len(replies) {
			return replies[n]
		}
		return okReply
	}
}

// once answers a 429 with header to the first request, then succeeds.
func once(header map[string]string) answerFunc {
	return inTurn(reply{status: 429, header: header, body: bare429.body})
}

// resetIn answers the first request with a 429 whose X-Reset (epoch ms)
// lies d ahead by a server clock skew ahead of the client's.
func resetIn(d, skew time.Duration) answerFunc {
	return func(n int, now time.Time) reply {
		reset := strconv.FormatInt(now.Add(skew+d).UnixMilli(), 10)
		return once(map[string]string{"X-Reset": reset})(n, now)
	}
}

// resetRule is a provider's rule for the tests, LaunchDarkly's in shape:
// Retry-After, else the time until X-Reset (epoch ms), negative when that
// is past, so that Do must cope.
func resetRule(h http.Header, now time.Time) time.Duration {
	if d := transport.RetryAfter(h, now); d > 0 {
		return d
	}
	ms, err := strconv.ParseInt(h.Get("X-Reset"), 10, 64)
	if err != nil {
		return 0
	}
	return time.UnixMilli(ms).Sub(now)
}

// waits returns n waits of d.
func waits(n int, d time.Duration) []time.Duration { return slices.Repeat([]time.Duration{d}, n) }

func TestDoRateLimited(t *testing.T) {
	const s = time.Second
	tests := []struct {
		name       string
		answer     answerFunc
		opts       transport.Options
		noRule     bool   // the provider has no RateLimitFunc
		write      bool   // the call is not idempotent
		wantStatus int    // 0: success
		wantText   string // in the error
		wantSleeps []time.Duration
	}{
		{name: "header-less storm of one window", answer: storm(10*s, bare429), wantSleeps: waits(1, 10*s)},
		{name: "header-less storm of 35 s", answer: storm(35*s, bare429), wantSleeps: waits(4, 10*s)},
		{name: "header-less storm outlasting the retries", answer: always(bare429), wantStatus: 429,
			wantText: "test call: HTTP 429: rate limited; gave up after 11 attempts and 1m40s of waiting", wantSleeps: waits(10, 10*s)},
		{name: "5xx storm of 10 s outlasts the smaller budget", answer: storm(10*s, failReply), wantStatus: 500,
			wantText: "gave up after 6 attempts", wantSleeps: []time.Duration{50 * ms, 100 * ms, 200 * ms, 400 * ms, 500 * ms}},
		{name: "reset ahead", answer: resetIn(3*s, 0), wantSleeps: waits(1, 3*s)},
		{name: "reset a moment ahead", answer: resetIn(200*ms, 0), wantSleeps: waits(1, transport.MinRateLimitWait)},
		{name: "reset in the past", answer: resetIn(-5*s, 0), wantSleeps: waits(1, 10*s)},
		{name: "reset now", answer: resetIn(0, 0), wantSleeps: waits(1, 10*s)},
		{name: "server clock ahead", answer: resetIn(5*s, 5*time.Minute), wantSleeps: waits(1, transport.MaxRateLimitWait)},
		{name: "server clock behind", answer: resetIn(5*s, -5*time.Minute), wantSleeps: waits(1, 10*s)},
		{name: "Retry-After wins", answer: once(map[string]string{"Retry-After": "7", "X-Reset": "1"}), wantSleeps: waits(1, 7*s)},
		{name: "Retry-After as an HTTP date", answer: once(map[string]string{"Retry-After": t0.Add(30 * s).UTC().Format(http.TimeFormat)}),
			wantSleeps: waits(1, 30*s)},
		{name: "Retry-After far off", answer: once(map[string]string{"Retry-After": "3600"}), wantSleeps: waits(1, transport.MaxRateLimitWait)},
		{name: "no provider rule", answer: once(map[string]string{"Retry-After": "7"}), noRule: true,
			wantSleeps: waits(1, 10*s)},
		{name: "window set", answer: storm(10*s, bare429), opts: transport.Options{RateLimitWindow: 4 * s}, wantSleeps: waits(3, 4*s)},
		{name: "total rate-limit wait cap", answer: always(reply{status: 429, header: map[string]string{"Retry-After": "20"}}),
			opts: transport.Options{MaxRateLimitTotalWait: 45 * s}, wantStatus: 429,
			wantText: "rate limited; gave up after 3 attempts and 40s of waiting", wantSleeps: waits(2, 20*s)},
		{name: "rate-limit retries disabled", answer: always(bare429), opts: transport.Options{MaxRateLimitRetries: -1},
			wantStatus: 429, wantText: "test call: HTTP 429: rate limited; gave up after 1 attempt (server said"},
		{name: "budgets are separate", answer: inTurn(bare429, failReply, bare429, failReply),
			opts:       transport.Options{MaxRetries: 2, MaxRateLimitRetries: 2},
			wantSleeps: []time.Duration{10 * s, 50 * ms, 10 * s, 100 * ms}},
		{name: "write: header-less 429 retried", answer: storm(10*s, bare429), write: true, wantSleeps: waits(1, 10*s)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := transporttest.NewClock(t0)
			srv, statuses := timed(t, clock, tt.answer)
			if !tt.noRule {
				tt.opts.RateLimitWait = resetRule
			}
			tr := newTest(clock, tt.opts)
			var notices []time.Duration
			ctx := provider.WithRateLimitNotice(context.Background(), func(d time.Duration) { notices = append(notices, d) })
			var got struct{ OK bool }
			err := tr.Do(ctx, transport.Call{Name: "test call", Idempotent: !tt.write}, get(srv.URL), transport.DecodeJSON(&got))

			sleeps := clock.Sleeps()
			if tt.wantStatus == 0 {
				if err != nil || !got.OK {
					t.Fatalf("Do = %v, body ok %v; want success", err, got.OK)
				}
			} else {
				var he *transport.HTTPError
				if !errors.As(err, &he) || he.Status != tt.wantStatus || !strings.Contains(err.Error(), tt.wantText) {
					t.Fatalf("Do = %v; want HTTP %d saying %q", err, tt.wantStatus, tt.wantText)
				}
				if he.Attempts != len(sleeps)+1 || he.Waited != sum(sleeps) {
					t.Errorf("Attempts %d, Waited %v; want %d, %v", he.Attempts, he.Waited, len(sleeps)+1, sum(sleeps))
				}
			}
			if !slices.Equal(sleeps, tt.wantSleeps) {
				t.Errorf("waits = %v, want %v", sleeps, tt.wantSleeps)
			}
			st := statuses()
			if len(st) != len(sleeps)+1 {
				t.Fatalf("server saw %d requests, want %d", len(st), len(sleeps)+1)
			}
			var wantNotices []time.Duration // each wait that followed a 429
			for i, d := range sleeps {
				if st[i] == http.StatusTooManyRequests {
					wantNotices = append(wantNotices, d)
				}
			}
			if !slices.Equal(notices, wantNotices) {
				t.Errorf("rate-limit notices %v, want %v", notices, wantNotices)
			}
		})
	}
}

func sum(ds []time.Duration) time.Duration {
	var total time.Duration
	for _, d := range ds {
		total += d
	}
	return total
}

// TestDoRateLimitDefaults rides out header-less storms with the default
// options, random jitter included.
func TestDoRateLimitDefaults(t *testing.T) {
	tests := []struct {
		storm     time.Duration
		wantWaits int
	}{
		{10 * time.Second, 1},
		{95 * time.Second, transport.DefaultMaxRateLimitRetries}, // ten windows: the most the defaults allow
	}
	for _, tt := range tests {
		t.Run(tt.storm.String(), func(t *testing.T) {
			clock := transporttest.NewClock(t0)
			srv, _ := timed(t, clock, storm(tt.storm, bare429))
			tr := transport.New(transport.Options{Clock: clock})
			if err := tr.Do(context.Background(), transport.Call{Name: "list flags", Idempotent: true},
				get(srv.URL), transport.DecodeJSON(new(any))); err != nil {
				t.Fatalf("Do = %v; want the storm waited out", err)
			}
			sleeps := clock.Sleeps()
			if len(sleeps) != tt.wantWaits {
				t.Errorf("%d waits, want %d", len(sleeps), tt.wantWaits)
			}
			for _, d := range sleeps {
				if w := transport.DefaultRateLimitWindow; d < w || d >= w+transport.DefaultBaseBackoff {
					t.Errorf("wait %v, want in [%v, %v)", d, w, w+transport.DefaultBaseBackoff)
				}
			}
		})
	}
}
