package syncbench

import (
	"fmt"
	"net/url"
	"testing"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
)

// The size of the benchmarked sync, from the product requirement.
const (
	Flags        = 3000
	Environments = 3
)

// Latencies are the delays per request the benchmarks run at: none, and
// the 50 ms of the product requirement.
var Latencies = []time.Duration{0, 50 * time.Millisecond}

// Run runs a sub-benchmark "latency=…" for each of Latencies that
// measures the sync of Flags flags in Environments environments set up by
// setup, and closes the fake after. (Not b.Cleanup: the testing package
// keeps a cleanup reachable after the run, and with it the fake, which
// would then count in the heap of the next -count run.)
func Run(b *testing.B, setup Setup) {
	for _, latency := range Latencies {
		b.Run("latency="+latency.String(), func(b *testing.B) {
			s := setup(b, Flags, EnvNames(Environments), latency)
			defer s.Fake.Close()
			Measure(b, s)
		})
	}
}

// Measure runs the sync b.N times and reports, besides the time per sync:
//
//   - requests/op: requests per sync, as the fake counted them; Measure
//     fails b when a sync makes other than s.WantRequests;
//   - baseline-ms: the time to GET the URLs of one sync, BaselineInFlight
//     at a time, with plain net/http, reading each body to io.Discard;
//     measured once, after a warm-up sync (Requests) that yields the URLs;
//   - x-baseline: the time per sync divided by baseline-ms;
//   - peak-heap-MB: the largest heap (live and not yet swept objects, the
//     fake's included) seen while the syncs ran, sampled every millisecond;
//   - sync-heap-MB: that peak less the heap in use, after a collection,
//     before the syncs started: what the syncs added.
func Measure(b *testing.B, s Sync) {
	ctx := b.Context()
	urls, err := absoluteURLs(s.Fake.URL(), Requests(b, s))
	if err != nil {
		b.Fatal(err)
	}
	if len(urls) != s.WantRequests {
		b.Errorf("a sync made %d requests, paging requires %d", len(urls), s.WantRequests)
	}
	baseline, err := Baseline(ctx, urls, s.Header, BaselineInFlight)
	if err != nil {
		b.Fatalf("baseline: %v", err)
	}

	s.Fake.ResetStats()
	heap := startHeapSampler()
	syncs := 0
	for b.Loop() {
		if err := s.run(ctx); err != nil {
			b.Fatal(err)
		}
		syncs++
	}
	peak, start := heap.stop()
	perSync := b.Elapsed() / time.Duration(syncs)

	const mb = 1 << 20
	b.ReportMetric(float64(len(s.Fake.Requests()))/float64(syncs), "requests/op")
	b.ReportMetric(float64(baseline)/float64(time.Millisecond), "baseline-ms")
	b.ReportMetric(float64(perSync)/float64(baseline), "x-baseline")
	b.ReportMetric(float64(peak)/mb, "peak-heap-MB")
	b.ReportMetric(float64(peak-start)/mb, "sync-heap-MB")
}

// absoluteURLs returns the URLs of reqs, made on the fake at fakeURL.
func absoluteURLs(fakeURL string, reqs []fakehttp.Request) ([]string, error) {
	origin, err := url.Parse(fakeURL)
	if err != nil {
		return nil, fmt.Errorf("fake URL: %w", err)
	}
	urls := make([]string, len(reqs))
	for i, r := range reqs {
		u := url.URL{Scheme: origin.Scheme, Host: origin.Host, Path: r.Path, RawQuery: r.RawQuery}
		urls[i] = u.String()
	}
	return urls, nil
}
