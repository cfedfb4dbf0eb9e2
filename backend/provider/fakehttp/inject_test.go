package fakehttp_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// wait is the test provider's rate-limit advice.
type wait struct{ seconds int }

// normalBody is what the wrapped handler answers.
const normalBody = `{"items":["a","b","c","d"]}`

// newInjected serves normalBody behind an Injector whose paths are
// prefixes and whose errors are {"status":N}.
func newInjected(t *testing.T) (*fakehttp.Injector[wait], *httptest.Server) {
	t.Helper()
	in := fakehttp.NewInjector(fakehttp.Answers[wait]{
		Match: func(prefix string, r *http.Request) bool { return strings.HasPrefix(r.URL.Path, prefix) },
		RateLimitHeader: func(h http.Header, w wait) {
			h.Set("X-Wait", strconv.Itoa(w.seconds))
		},
		Error: func(w http.ResponseWriter, status int) {
			w.WriteHeader(status)
			fmt.Fprintf(w, `{"status":%d}`, status)
		},
		Malformed: []byte(`{"items":[,]}`),
	})
	srv := httptest.NewServer(in.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(normalBody)))
		io.WriteString(w, normalBody)
	})))
	t.Cleanup(srv.Close)
	return in, srv
}

type answer struct {
	status int
	header http.Header
	body   string
}

func get(t *testing.T, srv *httptest.Server, path string) answer {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", path, err)
	}
	return answer{resp.StatusCode, resp.Header, string(body)}
}

func TestInjectorAnswers(t *testing.T) {
	tests := []struct {
		name       string
		fault      fakehttp.Fault[wait]
		wantStatus int
		wantBody   string
		wantWait   string // X-Wait header
	}{
		{"rate limited", fakehttp.Fault[wait]{Kind: fakehttp.RateLimited, RateLimit: wait{3}}, 429, `{"status":429}`, "3"},
		{"server error", fakehttp.Fault[wait]{Kind: fakehttp.ServerError}, 500, `{"status":500}`, ""},
		{"unauthorized", fakehttp.Fault[wait]{Kind: fakehttp.Unauthorized}, 401, `{"status":401}`, ""},
		{"forbidden", fakehttp.Fault[wait]{Kind: fakehttp.Forbidden}, 403, `{"status":403}`, ""},
		{"conflict", fakehttp.Fault[wait]{Kind: fakehttp.Conflict}, 409, `{"status":409}`, ""},
		{"malformed", fakehttp.Fault[wait]{Kind: fakehttp.Malformed}, 200, `{"items":[,]}`, ""},
		{"truncated", fakehttp.Fault[wait]{Kind: fakehttp.Truncated}, 200, normalBody[:len(normalBody)/2], ""},
		{"slow", fakehttp.Fault[wait]{Kind: fakehttp.Slow, Delay: time.Millisecond}, 200, normalBody, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, srv := newInjected(t)
			tt.fault.Times = 1
			in.Inject(tt.fault)
			got := get(t, srv, "/x")
			if got.status != tt.wantStatus || got.body != tt.wantBody || got.header.Get("X-Wait") != tt.wantWait {
				t.Errorf("got %d %q X-Wait %q; want %d %q X-Wait %q",
					got.status, got.body, got.header.Get("X-Wait"), tt.wantStatus, tt.wantBody, tt.wantWait)
			}
			if tt.wantStatus == 200 && got.header.Get("Content-Type") != "application/json" {
				t.Errorf("Content-Type %q", got.header.Get("Content-Type"))
			}
			if again := get(t, srv, "/x"); again.status != 200 || again.body != normalBody {
				t.Errorf("fault outlived Times: %d %q", again.status, again.body)
			}
		})
	}
}

func TestInjectorScope(t *testing.T) {
	fault := func(kind fakehttp.Kind, path string, times int) fakehttp.Fault[wait] {
		return fakehttp.Fault[wait]{Kind: kind, Path: path, Times: times}
	}
	tests := []struct {
		name   string
		faults []fakehttp.Fault[wait]
		paths  []string
		want   []int
	}{
		{"next N requests", []fakehttp.Fault[wait]{fault(fakehttp.ServerError, "", 2)},
			[]string{"/a", "/b", "/a"}, []int{500, 500, 200}},
		{"until cleared", []fakehttp.Fault[wait]{fault(fakehttp.ServerError, "", 0)},
			[]string{"/a", "/b", "/a", "/b"}, []int{500, 500, 500, 500}},
		{"path", []fakehttp.Fault[wait]{fault(fakehttp.Forbidden, "/flags/", 0)},
			[]string{"/projects", "/flags/web", "/flags/app"}, []int{200, 403, 403}},
		{"in order, one failing fault a request", []fakehttp.Fault[wait]{fault(fakehttp.RateLimited, "", 1), fault(fakehttp.ServerError, "", 1)},
			[]string{"/a", "/a", "/a"}, []int{429, 500, 200}},
		{"slow faults do not hold back failing ones", []fakehttp.Fault[wait]{
			{Kind: fakehttp.Slow, Delay: time.Millisecond, Times: 2}, fault(fakehttp.ServerError, "", 1)},
			[]string{"/a", "/a"}, []int{500, 200}},
		{"unmatched faults are not used up", []fakehttp.Fault[wait]{fault(fakehttp.Unauthorized, "/flags/", 1)},
			[]string{"/projects", "/projects", "/flags/web", "/flags/web"}, []int{200, 200, 401, 200}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, srv := newInjected(t)
			for _, f := range tt.faults {
				in.Inject(f)
			}
			for i, p := range tt.paths {
				if got := get(t, srv, p).status; got != tt.want[i] {
					t.Errorf("request %d (%s): status %d, want %d", i, p, got, tt.want[i])
				}
			}
			in.Clear()
			if got := get(t, srv, tt.paths[0]).status; got != 200 {
				t.Errorf("after Clear: status %d", got)
			}
		})
	}
}

func TestInjectorMethod(t *testing.T) {
	in, srv := newInjected(t)
	in.Inject(fakehttp.Fault[wait]{Kind: fakehttp.ServerError, Method: http.MethodPatch, Path: "/flags/"})
	tests := []struct {
		method, path string
		want         int
	}{
		{http.MethodGet, "/flags/web", 200},
		{http.MethodPatch, "/projects", 200},
		{http.MethodPatch, "/flags/web", 500},
		{http.MethodPatch, "/flags/web", 500},
		{http.MethodGet, "/flags/web", 200},
	}
	for i, tt := range tests {
		req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("request %d (%s %s): status %d, want %d", i, tt.method, tt.path, resp.StatusCode, tt.want)
		}
	}
}

func TestInjectorUntil(t *testing.T) {
	t0 := time.Unix(1700000000, 0)
	type step struct {
		at   time.Duration // since t0 on the fake clock
		want int
	}
	tests := []struct {
		name  string
		fault func(now func() time.Time) fakehttp.Fault[wait]
		steps []step
	}{
		{"a 10 s storm on a fake clock", func(now func() time.Time) fakehttp.Fault[wait] {
			return fakehttp.Fault[wait]{Kind: fakehttp.RateLimited, Until: t0.Add(10 * time.Second), Now: now}
		}, []step{{0, 429}, {5 * time.Second, 429}, {10*time.Second - time.Millisecond, 429}, {10 * time.Second, 200}, {11 * time.Second, 200}}},
		{"Times ends it sooner", func(now func() time.Time) fakehttp.Fault[wait] {
			return fakehttp.Fault[wait]{Kind: fakehttp.RateLimited, Times: 1, Until: t0.Add(10 * time.Second), Now: now}
		}, []step{{0, 429}, {time.Second, 200}}},
		{"on the real clock, past", func(func() time.Time) fakehttp.Fault[wait] {
			return fakehttp.Fault[wait]{Kind: fakehttp.ServerError, Until: time.Now().Add(-time.Second)}
		}, []step{{0, 200}}},
		{"on the real clock, to come", func(func() time.Time) fakehttp.Fault[wait] {
			return fakehttp.Fault[wait]{Kind: fakehttp.ServerError, Until: time.Now().Add(time.Hour)}
		}, []step{{0, 500}, {0, 500}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, srv := newInjected(t)
			clock := transporttest.NewClock(t0)
			in.Inject(tt.fault(clock.Now))
			for i, s := range tt.steps {
				clock.Sleep(context.Background(), t0.Add(s.at).Sub(clock.Now()))
				if got := get(t, srv, "/x").status; got != s.want {
					t.Errorf("request %d at +%v: status %d, want %d", i, s.at, got, s.want)
				}
			}
		})
	}
}
