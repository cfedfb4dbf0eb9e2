package split_test

import (
	"net/http"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/split/splitfake"
	"rolloutdesk/backend/provider/syncbench"
)

// BenchmarkFetch syncs 3,000 flags in each of 3 environments from the fake
// at each of syncbench.Latencies; syncbench.Measure says what it reports.
func BenchmarkFetch(b *testing.B) { syncbench.Run(b, defaultSync) }

// defaultSync is Split's syncbench.Setup: a sync of workspace "Default" of
// a new fake, which expects requiredRequests.
func defaultSync(tb testing.TB, flags int, envs []string, latency time.Duration) syncbench.Sync {
	tb.Helper()
	srv := splitfake.New(splitfake.Options{})
	srv.Generate(splitfake.Synthetic{Workspace: "Default", Environments: envs, Flags: flags, Seed: 1})
	srv.InjectFault(splitfake.Fault{Kind: fakehttp.Slow, Delay: latency})
	c, err := split.New(split.Options{BaseURL: srv.URL(), Token: srv.Token()})
	if err != nil {
		srv.Close()
		tb.Fatal(err)
	}
	return syncbench.Sync{
		Fake:         srv,
		Header:       http.Header{"Authorization": {"Bearer " + srv.Token()}},
		Source:       c,
		Scope:        provider.Scope{Project: "Default"},
		WantStates:   flags * len(envs),
		WantRequests: requiredRequests(flags, len(envs)),
	}
}
