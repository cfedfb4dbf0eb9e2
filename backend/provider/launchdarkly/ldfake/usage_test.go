package ldfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // for tz=Asia/Tokyo wherever the tests run
)

// usageNow is the clock of the usage tests' fakes: 2026-01-15 12:00 UTC.
var usageNow = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

// newUsageFake is a fake at time now with project "web" of 5 generated
// flags: flag-00000 serves true and is on in production; flag-00001 is a
// 60/40 rollout of true/false, off in production (serving false) and on in
// staging; flag-00002 was never requested.
func newUsageFake(t *testing.T, now time.Time) *Server {
	t.Helper()
	srv := New(Options{Now: func() time.Time { return now }})
	t.Cleanup(srv.Close)
	if err := srv.Generate(GenerateOptions{Project: "web", Flags: 5}); err != nil {
		t.Fatal(err)
	}
	return srv
}

// usagePath is the usage request of flag in env of web from from to to
// (the API's defaults for a zero time) with time zone tz.
func usagePath(flag, env string, from, to time.Time, tz string) string {
	q := []string{}
	if !from.IsZero() {
		q = append(q, "from="+strconv.FormatInt(from.UnixMilli(), 10))
	}
	if !to.IsZero() {
		q = append(q, "to="+strconv.FormatInt(to.UnixMilli(), 10))
	}
	if tz != "" {
		q = append(q, "tz="+tz)
	}
	return "/api/v2/usage/evaluations/web/" + env + "/" + flag + "?" + strings.Join(q, "&")
}

// beta is the header beta resources need.
var beta = map[string][]string{"LD-API-Version": {betaVersion}}

// usageOf GETs target as a beta resource and decodes its series.
func usageOf(t *testing.T, srv *Server, target string) seriesListRep {
	t.Helper()
	r := call(t, srv, http.MethodGet, target, beta, "")
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var rep seriesListRep
	if err := json.Unmarshal(r.body, &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestUsageNeedsBetaAndPlan(t *testing.T) {
	srv := newUsageFake(t, usageNow)
	target := usagePath("flag-00000", "production", time.Time{}, time.Time{}, "")
	tests := []struct {
		name        string
		version     []string
		unavailable bool
		status      int
		message     string
	}{
		{"beta", []string{"beta"}, false, 200, ""},
		{"no version", []string{""}, false, 403, "you must pass beta in the LD-API-Version header"},
		{"the pinned version", []string{"20240415"}, false, 403, "you must pass beta in the LD-API-Version header"},
		{"a plan without usage data", []string{"beta"}, true, 403, "plan does not include evaluation usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv.SetUsageUnavailable(tt.unavailable)
			r := call(t, srv, http.MethodGet, target, map[string][]string{"LD-API-Version": tt.version}, "")
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.status != 200 && (errorCode(t, r) != "forbidden" || !strings.Contains(string(r.body), tt.message)) {
				t.Errorf("body %s, want forbidden saying %q", r.body, tt.message)
			}
		})
	}
}

func TestUsageParameters(t *testing.T) {
	srv := newUsageFake(t, usageNow)
	day := 24 * time.Hour
	tests := []struct {
		name   string
		target string
		status int
		points int
	}{
		{"defaults: the 30 days up to now", usagePath("flag-00000", "production", time.Time{}, time.Time{}, ""), 200, 31},
		{"30 days", usagePath("flag-00000", "production", usageNow.Add(-30*day), usageNow, ""), 200, 31},
		{"a range in the future stops at now", usagePath("flag-00000", "production", usageNow.Add(-3*day), usageNow.Add(3*day), ""), 200, 4},
		{"31 days", usagePath("flag-00000", "production", usageNow.Add(-31*day), usageNow, ""), 400, 0},
		{"from after to", usagePath("flag-00000", "production", usageNow, usageNow.Add(-day), ""), 400, 0},
		{"from not in milliseconds", "/api/v2/usage/evaluations/web/production/flag-00000?from=2026-01-01", 400, 0},
		{"unknown time zone", usagePath("flag-00000", "production", time.Time{}, time.Time{}, "Mars/Olympus"), 400, 0},
		{"unknown flag", usagePath("nope", "production", time.Time{}, time.Time{}, ""), 404, 0},
		{"unknown environment", usagePath("flag-00000", "qa", time.Time{}, time.Time{}, ""), 404, 0},
		{"unknown project", "/api/v2/usage/evaluations/shop/production/flag-00000", 404, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, srv, http.MethodGet, tt.target, beta, "")
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.status != 200 {
				errorCode(t, r)
				return
			}
			var rep seriesListRep
			if err := json.Unmarshal(r.body, &rep); err != nil || len(rep.Series) != tt.points {
				t.Errorf("%d points (%v), want %d", len(rep.Series), err, tt.points)
			}
		})
	}
}

func TestUsageGranularity(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		from     time.Time
		tz       string
		points   int
		first    time.Time
		step     time.Duration
		minutes0 int64 // minutes of evaluation the first point counts
	}{
		{"within two hours: minutes", usageNow.Add(-90 * time.Minute), "", 90, usageNow.Add(-90 * time.Minute), time.Minute, 1},
		{"within two days: hours", usageNow.Add(-36*time.Hour - 30*time.Minute), "", 37, usageNow.Add(-37 * time.Hour), time.Hour, 60},
		{"older: days from midnight UTC", usageNow.Add(-5 * 24 * time.Hour), "", 6, time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), 24 * time.Hour, 1440},
		{"older: days from midnight in tz", usageNow.Add(-5 * 24 * time.Hour), "Asia/Tokyo", 6, time.Date(2026, 1, 10, 0, 0, 0, 0, tokyo), 24 * time.Hour, 1440},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newUsageFake(t, usageNow)
			rep := usageOf(t, srv, usagePath("flag-00000", "production", tt.from, usageNow, tt.tz))
			if len(rep.Series) != tt.points {
				t.Fatalf("%d points, want %d", len(rep.Series), tt.points)
			}
			for i, p := range rep.Series {
				if want := tt.first.Add(time.Duration(i) * tt.step).UnixMilli(); p["time"] != want {
					t.Fatalf("point %d at %d, want %d", i, p["time"], want)
				}
			}
			rate := rep.Series[0]["0"] / tt.minutes0
			if rate < 1 || rate > 10 || rep.Series[0]["0"] != rate*tt.minutes0 {
				t.Errorf("first point counts %d for %d minutes: not 1 to 10 a minute", rep.Series[0]["0"], tt.minutes0)
			}
		})
	}
}

// dailyCounts returns, for each point of rep, its counts by series.
func dailyCounts(rep seriesListRep) [][]int64 {
	out := make([][]int64, len(rep.Series))
	for i, p := range rep.Series {
		out[i] = make([]int64, len(rep.Metadata))
		for j := range rep.Metadata {
			out[i][j] = p[strconv.Itoa(j)]
		}
	}
	return out
}

func TestUsageFollowsServing(t *testing.T) {
	from := usageNow.Add(-3 * 24 * time.Hour) // 4 daily points, the last half a day
	tests := []struct {
		name, flag, env string
		patch           string // a semantic patch applied first, if any
		shares          []int64
	}{
		{"fixed variation", "flag-00000", "production", "", []int64{100, 0}},
		{"a rollout when on", "flag-00001", "staging", "", []int64{60, 40}},
		{"the off variation when off", "flag-00001", "production", "", []int64{0, 100}},
		{"never requested", "flag-00002", "production", "", []int64{0, 0, 0}},
		{"what it serves after a write", "flag-00000", "production", `{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`, []int64{0, 100}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newUsageFake(t, usageNow)
			if tt.patch != "" {
				r := call(t, srv, http.MethodPatch, "/api/v2/flags/web/"+tt.flag, map[string][]string{"Content-Type": {semanticPatchType}}, tt.patch)
				if r.status != http.StatusOK {
					t.Fatalf("patch: %d %s", r.status, r.body)
				}
			}
			rep := usageOf(t, srv, usagePath(tt.flag, tt.env, from, usageNow, ""))
			if len(rep.Metadata) != len(tt.shares) {
				t.Fatalf("metadata %+v, want one entry per variation", rep.Metadata)
			}
			for i, m := range rep.Metadata {
				if m.Variation != i || len(m.Value) == 0 {
					t.Errorf("metadata %d: %+v", i, m)
				}
			}
			counts := dailyCounts(rep)
			if len(counts) != 4 {
				t.Fatalf("%d points, want 4", len(counts))
			}
			var total int64
			for _, n := range counts[0] {
				total += n
			}
			for i, day := range counts {
				minutes := int64(1440)
				if i == len(counts)-1 {
					minutes = 720 // up to now, noon
				}
				for j, n := range day {
					if want := total * minutes / 1440 * tt.shares[j] / 100; n != want {
						t.Errorf("point %d, variation %d: %d, want %d (%d%% of %d a day)", i, j, n, want, tt.shares[j], total)
					}
				}
			}
			if tt.shares[0]+tt.shares[1] > 0 && (total%1440 != 0 || total/1440 < 1 || total/1440 > 10) {
				t.Errorf("a full day counts %d: not 1 to 10 evaluations a minute", total)
			}
		})
	}
}

func TestDivide(t *testing.T) {
	tests := []struct {
		total   int64
		weights []int
		want    []int64
	}{
		{7, []int{60000, 40000}, []int64{5, 2}},
		{10, []int{33334, 33333, 33333}, []int64{4, 3, 3}},
		{5, []int{0, 0}, []int64{0, 0}},
		{0, []int{100000}, []int64{0}},
	}
	for _, tt := range tests {
		if got := divide(tt.total, tt.weights); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("divide(%d, %v) = %v, want %v", tt.total, tt.weights, got, tt.want)
		}
	}
}
