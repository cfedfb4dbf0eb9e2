// Package ldfake is a fake LaunchDarkly REST API v2 on loopback, faithful
// to the real one where Rollout Desk depends on it: raw-token auth, error
// bodies, collection envelopes with relative links that rebuild the query,
// flag paging limits, summary mode, environment filtering, archived flags
// (listed only with filter=state:archived), per-environment prerequisites,
// migration flags, flag statuses, segments and the beta evaluations usage
// series (see SetUsageUnavailable). It serves the read endpoints Rollout
// Desk uses and the flag PATCH it writes with (semantic patch and
// JSON Patch, with environments that require approvals and flags with
// pending changes), records requests and requests in flight, and can
// inject faults (429, 500, 409, latency, malformed or truncated bodies,
// 401, 403) and paging quirks (pages capped below the limit, a totalCount
// that overstates).
//
// Tests, benchmarks and the app's demo mode share it:
//
//	srv := ldfake.New(ldfake.Options{})
//	defer srv.Close()
//	srv.Generate(ldfake.GenerateOptions{Project: "web", Environments: []string{"prod"}, Flags: 500})
//	// point a client at srv.URL() with srv.Token()
package ldfake

import (
	"crypto/rand"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
)

// DefaultToken is the access token a Server accepts when Options.Token is
// empty.
const DefaultToken = "api-ldfake-test-token"

// Options configures a Server.
type Options struct {
	// Token is the only access token accepted. Default DefaultToken.
	Token string
	// Now is the clock that stamps lastModified on writes. Default
	// time.Now.
	Now func() time.Time
}

// Server is a running fake. Its methods are safe for concurrent use.
type Server struct {
	token   string
	now     func() time.Time
	http    *http.Server
	ln      net.Listener
	mux     *http.ServeMux
	handler http.Handler

	mu       sync.RWMutex
	projects []*project // in creation order
	quirks   PageQuirks
	// usageUnavailable makes the usage API answer as for a plan without it.
	usageUnavailable bool

	faults  *fakehttp.Injector[RateLimit]
	traffic fakehttp.Traffic
}

// New starts a Server on 127.0.0.1 with a free port.
func New(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = DefaultToken
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(fmt.Sprintf("ldfake: listen on loopback: %v", err))
	}
	s := &Server{token: opts.Token, now: opts.Now, ln: ln, mux: http.NewServeMux(), faults: fakehttp.NewInjector(faultAnswers)}
	s.routes()
	s.handler = s.traffic.Wrap(s.faults.Wrap(http.HandlerFunc(s.serveAPI)))
	s.http = &http.Server{Handler: s}
	go s.http.Serve(ln)
	return s
}

// URL is the site root to use as the client's base URL.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Token is the access token the Server accepts.
func (s *Server) Token() string { return s.token }

// Close stops the Server and closes its connections.
func (s *Server) Close() { s.http.Close() }

// routes registers the API's read endpoints and the flag PATCH; anything
// else is a 404.
func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/v2/projects", s.listProjects)
	s.mux.HandleFunc("GET /api/v2/projects/{project}", s.getProject)
	s.mux.HandleFunc("GET /api/v2/projects/{project}/environments", s.listEnvironments)
	s.mux.HandleFunc("GET /api/v2/flags/{project}", s.listFlags)
	s.mux.HandleFunc("GET /api/v2/flags/{project}/{flag}", s.getFlag)
	s.mux.HandleFunc("PATCH /api/v2/flags/{project}/{flag}", s.patchFlag)
	s.mux.HandleFunc("GET /api/v2/flag-statuses/{project}/{env}", s.listFlagStatuses)
	s.mux.HandleFunc("GET /api/v2/flag-statuses/{project}/{env}/{flag}", s.getFlagStatus)
	s.mux.HandleFunc("GET /api/v2/segments/{project}/{env}", s.listSegments)
	s.mux.HandleFunc("GET /api/v2/usage/evaluations/{project}/{env}/{flag}", s.getEvaluationsUsage)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "Invalid resource identifier")
	})
}

// ServeHTTP records the request, applies faults, checks the token and the
// API version header, and routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// serveAPI checks the token and the API version header, and routes.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	if auth := r.Header.Get("Authorization"); auth != s.token {
		msg := "Invalid access token"
		if strings.HasPrefix(auth, "Bearer ") {
			msg = "Invalid access token: send the token without a Bearer prefix"
		}
		writeError(w, http.StatusUnauthorized, "unauthorized", msg)
		return
	}
	if versions := r.Header.Values("LD-API-Version"); len(versions) > 1 || strings.Contains(strings.Join(versions, ""), ",") {
		writeError(w, http.StatusBadRequest, "invalid_request", "Too many values for parameter LD-API-Version")
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodPatch {
		writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", "Method not allowed")
		return
	}
	s.mux.ServeHTTP(w, r)
}

// Requests returns the requests received so far, in the order they
// arrived.
func (s *Server) Requests() []fakehttp.Request { return s.traffic.Requests() }

// RequestCount is the number of requests received so far.
func (s *Server) RequestCount() int { return s.traffic.Count() }

// MaxInFlight is the largest number of requests the Server was handling at
// once.
func (s *Server) MaxInFlight() int { return s.traffic.MaxInFlight() }

// ResetStats forgets the recorded requests and the in-flight peak.
func (s *Server) ResetStats() { s.traffic.Reset() }

// newID returns a random UUID (version 4), as LaunchDarkly puts in error
// bodies.
func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
