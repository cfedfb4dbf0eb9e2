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
func BenchmarkFetch(b *testing.B) { syncbench.Run(b, webSync) }

// webSync is LaunchDarkly's syncbench.Setup: a sync of project "web" of a
// new fake, which expects requiredRequests.
func webSync(tb testing.TB, flags int, envs []string, latency time.Duration) syncbench.Sync {
	tb.Helper()
	srv := ldfake.New(ldfake.Options{})
	if err := srv.Generate(ldfake.GenerateOptions{Project: "web", Environments: envs, Flags: flags}); err != nil {
		srv.Close()
		tb.Fatal(err)
	}
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
		WantRequests: requiredRequests(flags, len(envs)),
	}
}
