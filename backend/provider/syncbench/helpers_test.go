package syncbench_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/syncbench"
)

// secret is the Authorization header the test fake requires.
const secret = "test-secret"

// envFake serves GET /envs/{env} with a small body to callers that send
// secret, and records its traffic.
type envFake struct {
	srv     *httptest.Server
	traffic *fakehttp.Traffic
}

func newEnvFake(latency time.Duration) envFake {
	traffic := &fakehttp.Traffic{}
	srv := httptest.NewServer(traffic.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != secret {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		time.Sleep(latency)
		io.WriteString(w, `{"flags":["a","b"]}`)
	})))
	return envFake{srv: srv, traffic: traffic}
}

func (f envFake) URL() string                  { return f.srv.URL }
func (f envFake) Requests() []fakehttp.Request { return f.traffic.Requests() }
func (f envFake) ResetStats()                  { f.traffic.Reset() }
func (f envFake) Close()                       { f.srv.Close() }

// envSource reads flags flags from each environment of the scope, one
// request per environment.
type envSource struct {
	base  string
	flags int
}

func (envSource) Name() string { return "test" }

func (s envSource) Fetch(ctx context.Context, scope provider.Scope, _ provider.ProgressFunc) ([]provider.FlagState, error) {
	var out []provider.FlagState
	for _, env := range scope.Environments {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+"/envs/"+env, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("%s: HTTP %d", env, resp.StatusCode)
		}
		for i := range s.flags {
			out = append(out, provider.FlagState{Environment: env, Key: fmt.Sprint(i)})
		}
	}
	return out, nil
}

// envSync is the syncbench.Setup of the test fake and source.
func envSync(_ testing.TB, flags int, envs []string, latency time.Duration) syncbench.Sync {
	fake := newEnvFake(latency)
	return syncbench.Sync{
		Fake:         fake,
		Header:       http.Header{"Authorization": {secret}},
		Source:       envSource{base: fake.URL(), flags: flags},
		Scope:        provider.Scope{Environments: envs},
		WantStates:   flags * len(envs),
		WantRequests: len(envs),
	}
}
