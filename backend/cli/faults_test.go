package cli

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/split/splitfake"
)

// TestSyncFaultModes runs the CLI sync against each fault the fakes can
// inject: transient ones are ridden out, lasting ones fail with a one-line
// cause, and the previously stored state survives every failure.
func TestSyncFaultModes(t *testing.T) {
	ld, sp := thirtyFlagFakes(t)
	tests := []struct {
		name     string
		kind     fakehttp.Kind
		times    int // 0: every request until cleared
		wantCode int
		want     string // in stderr when the sync fails
	}{
		{"one 429 is waited out", fakehttp.RateLimited, 1, 0, ""},
		{"one 500 is retried", fakehttp.ServerError, 1, 0, ""},
		{"slow answers are waited for", fakehttp.Slow, 2, 0, ""},
		{"one truncated page is fetched again", fakehttp.Truncated, 1, 0, ""},
		{"malformed JSON fails", fakehttp.Malformed, 0, 1, "JSON"},
		{"a revoked token fails", fakehttp.Unauthorized, 0, 1, "token rejected"},
		{"a missing role fails", fakehttp.Forbidden, 0, 1, "403"},
	}
	type account struct {
		provider, projectFlag, project, url string
		inject                              func(fakehttp.Kind, int)
		clear                               func()
	}
	accounts := []account{
		{"launchdarkly", "--project", "web", ld.URL(), func(k fakehttp.Kind, n int) {
			ld.Inject(ldfake.Fault{Kind: k, Times: n, Delay: 20 * time.Millisecond, RateLimit: ldfake.RateLimit{RetryAfter: time.Second}})
		}, ld.ClearFaults},
		{"split", "--workspace", "Web Store", sp.URL(), func(k fakehttp.Kind, n int) {
			sp.InjectFault(splitfake.Fault{Kind: k, Times: n, Delay: 20 * time.Millisecond, RateLimit: splitfake.RateLimit{ResetOrg: 1}})
		}, sp.ClearFaults},
	}
	for _, a := range accounts {
		dir := t.TempDir()
		args := []string{"--data-dir", dir, "sync", a.provider, a.projectFlag, a.project, "--base-url", a.url, "--json"}
		if code, _, errOut := run(t, nil, args...); code != 0 {
			t.Fatalf("%s: first sync: %s", a.provider, errOut)
		}
		for _, tt := range tests {
			t.Run(a.provider+"/"+tt.name, func(t *testing.T) {
				a.inject(tt.kind, tt.times)
				defer a.clear()
				code, out, errOut := run(t, nil, args...)
				if code != tt.wantCode || !strings.Contains(errOut, tt.want) {
					t.Fatalf("code %d stderr %q, want %d and %q", code, errOut, tt.wantCode, tt.want)
				}
				if code == 0 && len(decodeFlags(t, out)) != 30 {
					t.Fatalf("sync returned %d flags", len(decodeFlags(t, out)))
				}
				if code != 0 && strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
					t.Errorf("cause is not one line: %q", errOut)
				}
				a.clear()
				_, stored, _ := run(t, nil, "--data-dir", dir, "flags", "--provider", a.provider, "--json")
				if n := len(decodeFlags(t, stored)); n != 30 {
					t.Fatalf("stored state after %s: %d flags, want the previous 30", tt.name, n)
				}
			})
		}
	}
}

// TestSyncWaitsOutARateLimitStorm answers every request with a 429 that
// carries no advice for ten seconds, as some LaunchDarkly routes do: the sync
// waits the window out and finishes. Both providers run at once, so the test
// costs one window.
func TestSyncWaitsOutARateLimitStorm(t *testing.T) {
	ld, sp := thirtyFlagFakes(t)
	until := time.Now().Add(10 * time.Second)
	ld.Inject(ldfake.Fault{Kind: fakehttp.RateLimited, Until: until})
	sp.InjectFault(splitfake.Fault{Kind: fakehttp.RateLimited, Until: until})

	syncs := [][]string{
		{"sync", "launchdarkly", "--project", "web", "--base-url", ld.URL(), "--json"},
		{"sync", "split", "--workspace", "Web Store", "--base-url", sp.URL(), "--json"},
	}
	results := make(chan string, len(syncs))
	for _, args := range syncs {
		go func() {
			code, out, errOut := run(t, nil, append([]string{"--data-dir", t.TempDir()}, args...)...)
			if code != 0 {
				results <- args[1] + ": " + errOut
				return
			}
			var got flagsOutput
			if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Flags) != 30 {
				results <- args[1] + ": synced " + strconv.Itoa(len(got.Flags)) + " flags, want 30"
				return
			}
			results <- ""
		}()
	}
	for range syncs {
		if problem := <-results; problem != "" {
			t.Error(problem)
		}
	}
	if time.Now().Before(until) {
		t.Error("the syncs finished before the storm ended: the fakes did not rate-limit them")
	}
}

// thirtyFlagFakes starts both fakes with 30 flags in one environment, their
// tokens in the environment, and stops them when the test ends.
func thirtyFlagFakes(t *testing.T) (*ldfake.Server, *splitfake.Server) {
	t.Helper()
	ld := ldfake.New(ldfake.Options{})
	t.Cleanup(ld.Close)
	if err := ld.Generate(ldfake.GenerateOptions{Project: "web", Environments: []string{"production"}, Flags: 30}); err != nil {
		t.Fatal(err)
	}
	sp := splitfake.New(splitfake.Options{})
	t.Cleanup(sp.Close)
	sp.Generate(splitfake.Synthetic{Workspace: "Web Store", Environments: []string{"Production"}, Flags: 30, Seed: 5})
	t.Setenv("LAUNCHDARKLY_API_TOKEN", ld.Token())
	t.Setenv("SPLIT_ADMIN_API_KEY", sp.Token())
	return ld, sp
}
