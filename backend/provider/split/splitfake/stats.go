package splitfake

import (
	"strings"

	"rolloutdesk/backend/provider/fakehttp"
)

// Stats is a snapshot of the traffic a Server has seen since it started or
// was last reset. Requests answered by faults count too.
type Stats struct {
	// Requests is the number of requests received.
	Requests int
	// ByPath counts requests by method and path below the API root, without
	// the query, e.g. "GET /splits/ws/ws-1/environments/Production".
	ByPath map[string]int
	// MaxInFlight is the largest number of requests being served at once.
	MaxInFlight int
}

// Stats returns a snapshot of the request counters.
func (s *Server) Stats() Stats {
	reqs := s.traffic.Requests()
	st := Stats{Requests: len(reqs), ByPath: make(map[string]int), MaxInFlight: s.traffic.MaxInFlight()}
	for _, r := range reqs {
		st.ByPath[r.Method+" "+strings.TrimPrefix(r.Path, APIRoot)]++
	}
	return st
}

// Requests returns the requests received since the Server started or its
// stats were last reset, in the order they arrived.
func (s *Server) Requests() []fakehttp.Request { return s.traffic.Requests() }

// ResetStats zeroes the request counters.
func (s *Server) ResetStats() { s.traffic.Reset() }
