package ldfake

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// betaVersion is the LD-API-Version that beta resources require.
const betaVersion = "beta"

// maxUsageRange is the longest range the evaluations usage API serves.
// LaunchDarkly documents only that from defaults to 30 days before now;
// refusing a longer range with 400 is the fake's assumption.
const maxUsageRange = 30 * 24 * time.Hour

// SetUsageUnavailable makes GET /api/v2/usage/evaluations answer as for an
// account whose plan lacks the usage API (true), or serve it again (false).
// LaunchDarkly does not document that answer; the fake's is 403 forbidden
// with a message that says so.
func (s *Server) SetUsageUnavailable(unavailable bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.usageUnavailable = unavailable
}

// getEvaluationsUsage serves GET
// /api/v2/usage/evaluations/{project}/{env}/{flag}, a beta resource: 403
// without LD-API-Version: beta, as LaunchDarkly documents for every beta
// resource. from and to are epoch milliseconds (default: the 30 days up to
// now), tz an IANA time zone for the breaks between days (default UTC).
// It answers a SeriesListRep whose series are the flag's variations, in
// order, with synthetic counts (see usageSeries), by the minute when from
// lies within the last two hours, by the hour within the last two days,
// and by the day otherwise, as LaunchDarkly documents.
func (s *Server) getEvaluationsUsage(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("LD-API-Version") != betaVersion {
		// The message is the one LaunchDarkly's 2020 API description gave.
		writeError(w, http.StatusForbidden, "forbidden", "This is a beta API, you must pass beta in the LD-API-Version header to use it.")
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.usageUnavailable {
		writeError(w, http.StatusForbidden, "forbidden", "Your plan does not include evaluation usage data")
		return
	}
	now := s.now()
	win, err := parseUsageWindow(r.URL.Query(), now)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request", err.Error())
		return
	}
	pr, env, ok := s.findEnvironment(w, r)
	if !ok {
		return
	}
	if f, ok := flagOf(w, r, pr); ok {
		writeJSON(w, http.StatusOK, usageSeries(pr, env, f, win, now, r.URL.RequestURI()))
	}
}

// usageWindow is the range a usage request asks for and where its days
// break.
type usageWindow struct {
	from, to time.Time
	loc      *time.Location
}

// parseUsageWindow reads from, to and tz from q at time now.
func parseUsageWindow(q url.Values, now time.Time) (usageWindow, error) {
	win := usageWindow{from: now.Add(-maxUsageRange), to: now, loc: time.UTC}
	for name, dst := range map[string]*time.Time{"from": &win.from, "to": &win.to} {
		if v := q.Get(name); v != "" {
			ms, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return win, fmt.Errorf("%s must be a timestamp in epoch milliseconds", name)
			}
			*dst = time.UnixMilli(ms)
		}
	}
	if !win.from.Before(win.to) {
		return win, errors.New("from must be before to")
	}
	if win.to.Sub(win.from) > maxUsageRange {
		return win, fmt.Errorf("the range between from and to may be at most %d days", maxUsageRange/(24*time.Hour))
	}
	if tz := q.Get("tz"); tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			return win, fmt.Errorf("unknown time zone %q", tz)
		}
		win.loc = loc
	}
	return win, nil
}

// step is the granularity of the points of win at time now: a minute when
// from lies within the last two hours, an hour within the last two days, a
// day (0, whose length varies with daylight saving time) otherwise.
func (win usageWindow) step(now time.Time) time.Duration {
	switch age := now.Sub(win.from); {
	case age <= 2*time.Hour:
		return time.Minute
	case age <= 48*time.Hour:
		return time.Hour
	default:
		return 0
	}
}

// span is the time one point of a series covers.
type span struct{ start, end time.Time }

// points returns the spans of the points of win up to now: the first
// starts at the start of the minute, hour or day (midnight in win.loc)
// that holds from; each ends where the next starts; the last starts before
// to and now.
func (win usageWindow) points(now time.Time) []span {
	step := win.step(now)
	next := func(t time.Time) time.Time { return t.Add(step) }
	start := win.from.Truncate(step)
	if step == 0 {
		y, m, d := win.from.In(win.loc).Date()
		start = time.Date(y, m, d, 0, 0, 0, 0, win.loc)
		next = func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	}
	var out []span
	for t := start; t.Before(win.to) && t.Before(now); t = next(t) {
		out = append(out, span{t, next(t)})
	}
	return out
}
