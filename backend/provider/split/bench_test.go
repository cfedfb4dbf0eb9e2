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
// at each of syncbench.Latencies, looking the workspace and environments
// up by name; syncbench.Measure says what it reports.
func BenchmarkFetch(b *testing.B) { syncbench.Run(b, syncMode{}.setup) }

// BenchmarkFetchByIDs is BenchmarkFetch with the workspace and environment
// ids known, as for a feature-flags-only key.
func BenchmarkFetchByIDs(b *testing.B) { syncbench.Run(b, syncMode{byIDs: true}.setup) }

// syncMode is how a counted or benchmarked sync reaches the fake.
type syncMode struct {
	// byIDs gives the client the workspace and environment ids and the
	// fake's feature-flags-only key, so that it lists neither.
	byIDs bool
	// paging is how the fake pages.
	paging splitfake.Paging
}

// setup is Split's syncbench.Setup in mode m: a sync of workspace
// "Default" of a new fake, which expects m.requiredRequests.
func (m syncMode) setup(tb testing.TB, flags int, envs []string, latency time.Duration) syncbench.Sync {
	tb.Helper()
	srv := splitfake.New(splitfake.Options{})
	ws := srv.Generate(splitfake.Synthetic{Workspace: "Default", Environments: envs, Flags: flags, Seed: 1})
	srv.SetPaging(m.paging)
	srv.InjectFault(splitfake.Fault{Kind: fakehttp.Slow, Delay: latency})
	opts := split.Options{BaseURL: srv.URL(), Token: srv.Token()}
	if m.byIDs {
		opts.Token, opts.WorkspaceID = srv.FlagsOnlyToken(), ws.ID
		for _, env := range srv.Environments(ws.ID) {
			opts.EnvironmentIDs = append(opts.EnvironmentIDs, env.ID)
		}
	}
	c, err := split.New(opts)
	if err != nil {
		srv.Close()
		tb.Fatal(err)
	}
	return syncbench.Sync{
		Fake:         srv,
		Header:       http.Header{"Authorization": {"Bearer " + opts.Token}},
		Source:       c,
		Scope:        provider.Scope{Project: "Default"},
		WantStates:   flags * len(envs),
		WantRequests: m.requiredRequests(flags, len(envs)),
	}
}
