package splitfake

import (
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
)

func TestFaults(t *testing.T) {
	defs := func(ws string) string { return "/splits/ws/" + ws + "/environments/Production" }
	tests := []struct {
		name  string
		fault Fault
		check func(t *testing.T, r response)
	}{
		{"rate limited", Fault{Kind: fakehttp.RateLimited, RateLimit: RateLimit{ResetOrg: 3, ResetIP: 7}}, func(t *testing.T, r response) {
			wantStatus(t, r, http.StatusTooManyRequests)
			for h, want := range map[string]string{
				"X-RateLimit-Reset-Seconds-Org": "3", "X-RateLimit-Reset-Seconds-IP": "7",
				"X-RateLimit-Remaining-Org": "0", "X-RateLimit-Remaining-IP": "0",
			} {
				if got := r.header.Get(h); got != want {
					t.Errorf("%s = %q, want %q", h, got, want)
				}
			}
			checkErrorBody(t, r, http.StatusTooManyRequests, "Too Many Requests")
		}},
		{"server error", Fault{Kind: fakehttp.ServerError}, func(t *testing.T, r response) {
			wantStatus(t, r, http.StatusInternalServerError)
			checkErrorBody(t, r, http.StatusInternalServerError, "Internal Server Error")
		}},
		{"unauthorized", Fault{Kind: fakehttp.Unauthorized}, func(t *testing.T, r response) {
			wantStatus(t, r, http.StatusUnauthorized)
		}},
		{"forbidden", Fault{Kind: fakehttp.Forbidden}, func(t *testing.T, r response) {
			wantStatus(t, r, http.StatusForbidden)
			checkErrorBody(t, r, http.StatusForbidden, "Forbidden")
		}},
		{"malformed", Fault{Kind: fakehttp.Malformed}, func(t *testing.T, r response) {
			wantStatus(t, r, http.StatusOK)
			if json.Valid(r.body) {
				t.Errorf("body is valid JSON: %s", r.body)
			}
		}},
		{"truncated", Fault{Kind: fakehttp.Truncated}, func(t *testing.T, r response) {
			wantStatus(t, r, http.StatusOK)
			if json.Valid(r.body) || len(r.body) < 10 {
				t.Errorf("body is not a cut page: %s", r.body)
			}
		}},
		{"slow then served", Fault{Kind: fakehttp.Slow, Delay: time.Millisecond}, func(t *testing.T, r response) {
			wantStatus(t, r, http.StatusOK)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			tt.fault.Times = 1
			tt.fault.Path = defs(f.ws.ID)
			f.srv.InjectFault(tt.fault)
			if r := f.call(t, "GET", "/workspaces", ""); r.status != http.StatusOK {
				t.Errorf("fault hit another path: %d %s", r.status, r.body)
			}
			tt.check(t, f.call(t, "GET", defs(f.ws.ID), ""))
			if r := f.call(t, "GET", defs(f.ws.ID), ""); r.status != http.StatusOK || !json.Valid(r.body) {
				t.Errorf("fault outlived Times: %d %s", r.status, r.body)
			}
		})
	}
}

func wantStatus(t *testing.T, r response, want int) {
	t.Helper()
	if r.status != want {
		t.Fatalf("status %d, want %d: %s", r.status, want, r.body)
	}
}

func TestConflictOnWrites(t *testing.T) {
	f := newFixture(t)
	f.srv.InjectFault(Fault{Kind: fakehttp.Conflict, Method: http.MethodPut, Path: "/splits/"})
	flag := "/splits/ws/" + f.ws.ID + "/alpha/environments/Production"
	wantStatus(t, f.call(t, "GET", flag, ""), http.StatusOK)
	r := f.call(t, "PUT", flag+"/kill", "")
	wantStatus(t, r, http.StatusConflict)
	checkErrorBody(t, r, http.StatusConflict, "Conflict")
	if d, _ := f.srv.Definition(f.ws.ID, "Production", "alpha"); d.Killed {
		t.Error("a conflicting kill changed the definition")
	}
}

func TestFaultsUntilCleared(t *testing.T) {
	f := newFixture(t)
	f.srv.InjectFault(Fault{Kind: fakehttp.ServerError})
	for range 3 {
		wantStatus(t, f.call(t, "GET", "/workspaces", ""), http.StatusInternalServerError)
	}
	f.srv.ClearFaults()
	wantStatus(t, f.call(t, "GET", "/workspaces", ""), http.StatusOK)
}

func TestFaultOrder(t *testing.T) {
	f := newFixture(t)
	f.srv.InjectFault(Fault{Kind: fakehttp.RateLimited, Times: 1})
	f.srv.InjectFault(Fault{Kind: fakehttp.ServerError, Times: 1})
	wantStatus(t, f.call(t, "GET", "/workspaces", ""), http.StatusTooManyRequests)
	wantStatus(t, f.call(t, "GET", "/workspaces", ""), http.StatusInternalServerError)
	wantStatus(t, f.call(t, "GET", "/workspaces", ""), http.StatusOK)
}

func TestStats(t *testing.T) {
	f := newFixture(t)
	f.srv.InjectFault(Fault{Kind: fakehttp.Slow, Delay: 20 * time.Millisecond})
	const n = 4
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { f.call(t, "GET", "/environments/ws/"+f.ws.ID, "") })
	}
	wg.Wait()
	f.call(t, "GET", "/workspaces?limit=5", "")
	st := f.srv.Stats()
	if st.Requests != n+1 || st.ByPath["GET /environments/ws/"+f.ws.ID] != n || st.ByPath["GET /workspaces"] != 1 {
		t.Errorf("stats %+v", st)
	}
	if st.MaxInFlight < 1 || st.MaxInFlight > n {
		t.Errorf("MaxInFlight %d, want 1..%d", st.MaxInFlight, n)
	}
	f.srv.ResetStats()
	if st := f.srv.Stats(); st.Requests != 0 || len(st.ByPath) != 0 || st.MaxInFlight != 0 {
		t.Errorf("after reset %+v", st)
	}
}
