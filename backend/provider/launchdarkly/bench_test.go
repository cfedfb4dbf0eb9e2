package launchdarkly

import (
	"net/http"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/syncbench"
)

// BenchmarkFetch syncs 3,000 flags in each of 3 environments from the fake
// at each of syncbench.Latencies; syncbench.Measure says what it reports.
func BenchmarkFetch(b *testing.B) { syncbench.Run(b, fakeSync(0, 0)) }

// fakeSync is LaunchDarkly's syncbench.Setup of a sync of project "web" of
// a new fake whose last archived flags are archived and which serves at
// most pageCap items a page (0: as many as asked for); the sync expects
// requiredRequests.
func fakeSync(archived, pageCap int) syncbench.Setup {
	return func(tb testing.TB, flags int, envs []string, latency time.Duration) syncbench.Sync {
		tb.Helper()
		srv := ldfake.New(ldfake.Options{})
		if err := srv.Generate(ldfake.GenerateOptions{Project: "web", Environments: envs, Flags: flags, Archived: archived}); err != nil {
			srv.Close()
			tb.Fatal(err)
		}
		srv.SetPageQuirks(ldfake.PageQuirks{MaxPageSize: pageCap})
		srv.Inject(ldfake.Fault{Kind: fakehttp.Slow, Delay: latency})
		c, err := New(srv.Token(), Options{BaseURL: srv.URL()})
		if err != nil {
			srv.Close()
			tb.Fatal(err)
		}
		return syncbench.Sync{
			Fake:         srv,
			Header:       http.Header{"Authorization": {srv.Token()}, "Ld-Api-Version": {APIVersion}},
			Source:       c,
			Scope:        provider.Scope{Project: "web"},
			WantStates:   flags * len(envs),
			WantRequests: requiredRequests(flags, min(archived, flags), len(envs), pageCap),
		}
	}
}
