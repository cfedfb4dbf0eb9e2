package launchdarkly

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/transport"
)

// newUsageFake starts a fake whose clock stands at now, with project "web"
// of 5 generated flags (see ldfake.Generate): flag-00000 serves true and is
// on in production; flag-00001 is a 60/40 rollout of true/false, off in
// production and on in staging; flag-00002 was never requested; flag-00003
// (Low/Mid/High) serves Mid, on in staging.
func newUsageFake(t *testing.T, now time.Time) *ldfake.Server {
	t.Helper()
	srv := ldfake.New(ldfake.Options{Now: func() time.Time { return now }})
	t.Cleanup(srv.Close)
	must(t, srv.Generate(ldfake.GenerateOptions{Project: "web", Flags: 5}))
	return srv
}

func TestEvaluationUsage(t *testing.T) {
	day := 24 * time.Hour
	justAfterMidnight := time.Date(2026, 1, 15, 0, 30, 0, 0, time.UTC)
	tests := []struct {
		name       string
		now        time.Time
		flag, env  string
		from, to   time.Time
		wantFrom   time.Time // what the request asks from
		days       []string  // the days reported
		minutes    []int64   // the minutes of traffic each day counts
		variations []string  // in order
		shares     []int64   // percent of each variation
	}{
		{"days, fixed variation", start, "flag-00000", "production", start.Add(-3 * day), start, start.Add(-3 * day),
			[]string{"2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15"}, []int64{1440, 1440, 1440, 720},
			[]string{"true", "false"}, []int64{100, 0}},
		{"days, rollout split by its weights", start, "flag-00001", "staging", start.Add(-3 * day), start, start.Add(-3 * day),
			[]string{"2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15"}, []int64{1440, 1440, 1440, 720},
			[]string{"true", "false"}, []int64{60, 40}},
		{"off: the off variation", start, "flag-00001", "production", start.Add(-3 * day), start, start.Add(-3 * day),
			[]string{"2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15"}, []int64{1440, 1440, 1440, 720},
			[]string{"true", "false"}, []int64{0, 100}},
		{"variations named as in Serving", start, "flag-00003", "staging", start.Add(-3 * day), start, start.Add(-3 * day),
			[]string{"2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15"}, []int64{1440, 1440, 1440, 720},
			[]string{"Low", "Mid", "High"}, []int64{0, 100, 0}},
		{"never evaluated: zeros", start, "flag-00002", "production", start.Add(-3 * day), start, start.Add(-3 * day),
			[]string{"2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15"}, []int64{1440, 1440, 1440, 720},
			[]string{"red", "green", "blue"}, []int64{0, 0, 0}},
		{"hours summed by UTC day", start, "flag-00000", "production", start.Add(-36 * time.Hour), start, start.Add(-36 * time.Hour),
			[]string{"2026-01-14", "2026-01-15"}, []int64{1440, 720},
			[]string{"true", "false"}, []int64{100, 0}},
		{"minutes summed by UTC day", justAfterMidnight, "flag-00000", "production", justAfterMidnight.Add(-90 * time.Minute), justAfterMidnight, justAfterMidnight.Add(-90 * time.Minute),
			[]string{"2026-01-14", "2026-01-15"}, []int64{60, 30},
			[]string{"true", "false"}, []int64{100, 0}},
		{"a range longer than 30 days: the last 30", start, "flag-00000", "production", start.Add(-90 * day), start, start.Add(-30 * day),
			daysFrom("2025-12-16", 31), append(repeat(1440, 30), 720),
			[]string{"true", "false"}, []int64{100, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newUsageFake(t, tt.now)
			c, _ := newClient(t, srv, transport.Options{})
			got, err := c.EvaluationUsage(context.Background(), "web", tt.env, tt.flag, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			checkUsageRequests(t, srv, tt.flag, tt.env, tt.wantFrom, tt.to)
			if len(got) != len(tt.days)*len(tt.variations) {
				t.Fatalf("%d days×variations, want %d: %v", len(got), len(tt.days)*len(tt.variations), got)
			}
			var firstDay int64
			for _, u := range got[:len(tt.variations)] {
				firstDay += u.Evaluations
			}
			rate := firstDay / tt.minutes[0] // evaluations a minute
			if tt.shares[0]+tt.shares[1] > 0 && (rate < 1 || rate > 10 || firstDay != rate*tt.minutes[0]) {
				t.Fatalf("first day counts %d for %d minutes: not 1 to 10 a minute", firstDay, tt.minutes[0])
			}
			for i, u := range got {
				d, v := i/len(tt.variations), i%len(tt.variations)
				want := provider.UsageDay{Day: parseDay(t, tt.days[d]), Variation: tt.variations[v],
					Evaluations: rate * tt.minutes[d] * tt.shares[v] / 100}
				if u != want || u.Day.Location() != time.UTC {
					t.Errorf("entry %d: %+v, want %+v", i, u, want)
				}
			}
		})
	}
}

// checkUsageRequests checks that srv received what EvaluationUsage sends:
// the flag read in env, with the pinned API version, then the usage
// series of the range from–to in UTC, with only the beta version.
func checkUsageRequests(t *testing.T, srv *ldfake.Server, flag, env string, from, to time.Time) {
	t.Helper()
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want the flag and its usage", len(reqs))
	}
	if r := reqs[0]; r.Path != "/api/v2/flags/web/"+flag || r.RawQuery != "env="+env || r.Header.Get("LD-API-Version") != APIVersion {
		t.Errorf("first request %s?%s, version %q; want the flag in %s", r.Path, r.RawQuery, r.Header.Get("LD-API-Version"), env)
	}
	r := reqs[1]
	q, _ := url.ParseQuery(r.RawQuery)
	wantQuery := url.Values{"from": {strconv.FormatInt(from.UnixMilli(), 10)}, "to": {strconv.FormatInt(to.UnixMilli(), 10)}, "tz": {"UTC"}}
	if r.Path != "/api/v2/usage/evaluations/web/"+env+"/"+flag || q.Encode() != wantQuery.Encode() {
		t.Errorf("usage request %s?%s, want query %s", r.Path, r.RawQuery, wantQuery.Encode())
	}
	if v := r.Header.Values("LD-API-Version"); len(v) != 1 || v[0] != "beta" {
		t.Errorf("usage request LD-API-Version %v, want only beta", v)
	}
}

func TestEvaluationUsageErrors(t *testing.T) {
	tests := []struct {
		name        string
		unavailable bool
		fault       *ldfake.Fault
		flag        string
		from        time.Time
		unusable    bool   // the error wraps provider.ErrUsageUnavailable
		status      int    // of the transport.HTTPError; 0: none
		requests    int    // made
		want        string // in the error
	}{
		{"a plan without usage data", true, nil, "flag-00000", start.Add(-time.Hour), true, 403, 2, "plan does not include"},
		{"a token whose role lacks usage", false, &ldfake.Fault{Kind: fakehttp.Forbidden, Path: "/api/v2/usage/evaluations/*/*/*"}, "flag-00000", start.Add(-time.Hour), true, 403, 2, "Access to the requested resource was denied"},
		{"rate limited beyond the cap", false, &ldfake.Fault{Kind: fakehttp.RateLimited, Path: "/api/v2/usage/evaluations/*/*/*", RateLimit: ldfake.RateLimit{RetryAfter: time.Hour}}, "flag-00000", start.Add(-time.Hour), false, 429, 2, "rate limited"},
		{"an unknown flag", false, nil, "nope", start.Add(-time.Hour), false, 404, 1, `unknown flag "nope"`},
		{"an empty range", false, nil, "flag-00000", start, false, 0, 0, "is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newUsageFake(t, start)
			srv.SetUsageUnavailable(tt.unavailable)
			if tt.fault != nil {
				srv.Inject(*tt.fault)
			}
			c, _ := newClient(t, srv, transport.Options{})
			days, err := c.EvaluationUsage(context.Background(), "web", "production", tt.flag, tt.from, start)
			if err == nil || days != nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("EvaluationUsage = %v, %v; want an error saying %q", days, err, tt.want)
			}
			if errors.Is(err, provider.ErrUsageUnavailable) != tt.unusable {
				t.Errorf("errors.Is(%v, ErrUsageUnavailable) = %v, want %v", err, !tt.unusable, tt.unusable)
			}
			status := 0
			if he := (*transport.HTTPError)(nil); errors.As(err, &he) {
				status = he.Status
			}
			if status != tt.status {
				t.Errorf("error %v: HTTP status %d, want %d", err, status, tt.status)
			}
			// A fault's 429s are retried; other answers are not.
			if n := srv.RequestCount(); n < tt.requests || tt.fault == nil && n != tt.requests {
				t.Errorf("%d requests, want %d", n, tt.requests)
			}
		})
	}
}

// TestEvaluationUsageNotFoundIsUnavailable has a server that knows the
// flag but answers 404 for its usage, as an instance without the usage API
// would.
func TestEvaluationUsageNotFoundIsUnavailable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if strings.HasPrefix(r.URL.Path, "/api/v2/flags/") {
			w.Write([]byte(`{"key":"f","variations":[{"value":true},{"value":false}],"environments":{"production":{"on":true}}}`))
			return
		}
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"code":"not_found","message":"Invalid resource identifier"}`))
	}))
	defer srv.Close()
	c, err := New("api-x", Options{BaseURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.EvaluationUsage(context.Background(), "p", "production", "f", start.Add(-time.Hour), start)
	var he *transport.HTTPError
	if !errors.Is(err, provider.ErrUsageUnavailable) || !errors.As(err, &he) || he.Status != http.StatusNotFound {
		t.Errorf("EvaluationUsage = %v; want ErrUsageUnavailable from a 404", err)
	}
}

func TestFetchReadsNoUsage(t *testing.T) {
	srv := newUsageFake(t, start)
	c, _ := newClient(t, srv, transport.Options{})
	if _, err := c.Fetch(context.Background(), provider.Scope{Project: "web"}, nil); err != nil {
		t.Fatal(err)
	}
	for _, r := range srv.Requests() {
		if strings.HasPrefix(r.Path, "/api/v2/usage/") {
			t.Errorf("Fetch requested %s", r.Path)
		}
	}
}

// daysFrom lists n days from first, as YYYY-MM-DD.
func daysFrom(first string, n int) []string {
	d, _ := time.Parse(time.DateOnly, first)
	out := make([]string, n)
	for i := range out {
		out[i] = d.AddDate(0, 0, i).Format(time.DateOnly)
	}
	return out
}

// repeat is n times v.
func repeat(v int64, n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func parseDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
