package syncbench

import (
	"fmt"
	"testing"
)

// Case is a sync's size and the requests its paging requires.
type Case struct {
	Flags, Environments int
	WantRequests        int
}

// CheckRequests syncs each case from a fake that setup starts, without
// latency, and fails t unless setup expects the case's requests and the
// sync makes exactly those.
func CheckRequests(t *testing.T, setup Setup, cases []Case) {
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d flags × %d environments", c.Flags, c.Environments), func(t *testing.T) {
			s := setup(t, c.Flags, EnvNames(c.Environments), 0)
			defer s.Fake.Close()
			if s.WantRequests != c.WantRequests {
				t.Fatalf("setup expects %d requests, want %d", s.WantRequests, c.WantRequests)
			}
			if reqs := Requests(t, s); len(reqs) != c.WantRequests {
				t.Errorf("%d requests, paging requires %d: %v", len(reqs), c.WantRequests, reqs)
			}
		})
	}
}
