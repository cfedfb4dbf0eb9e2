// Package splitfake is a faithful in-process fake of the Split Admin API v2:
// the read endpoints (workspaces, environments, flag definitions, segments)
// and the kill, restore and JSON Patch writes on definitions. It listens on
// loopback and serves tests, benchmarks and the app's demo mode.
//
// Like the real API it requires an admin key (Bearer or x-api-key) and
// refuses a feature-flags-only key the workspace and environment lists,
// pages with offset/limit envelopes (optionally capping pages below the
// requested limit or leaving out totalCount, as servers may), answers errors
// with {"code","message","details","transactionId"} bodies, rejects direct
// writes to environments that require approvals, and writes without a title
// and comment in workspaces that require them. Faults (rate limits, server
// errors, conflicts, latency, broken bodies) can be switched on per request
// count, method or path.
package splitfake

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
)

// APIRoot is the path below which the fake serves the API, as the real
// service does below https://api.split.io.
const APIRoot = "/internal/api/v2"

// DefaultToken is the admin key accepted when Options.Token is empty.
const DefaultToken = "splitfake-admin-key"

// DefaultFlagsOnlyToken is the feature-flags-only key accepted when
// Options.FlagsOnlyToken is empty.
const DefaultFlagsOnlyToken = "splitfake-flags-only-key"

// Options configures a Server. The zero value is ready to use.
type Options struct {
	// Token is the only admin key accepted, sent either as
	// "Authorization: Bearer <token>" or "x-api-key: <token>".
	// Empty means DefaultToken.
	Token string
	// FlagsOnlyToken is a key with only a feature-flag role (as
	// API_FEATURE_FLAG_EDITOR): it reads definitions, kills, restores and
	// patches them, but listing workspaces or environments, which needs an
	// admin role, answers 403. Empty means DefaultFlagsOnlyToken.
	FlagsOnlyToken string
	// OrgID appears in "Approvals are required" messages. Empty means "org-fake".
	OrgID string
	// Now is the clock used for timestamps; nil means time.Now.
	Now func() time.Time
}

// Server is a running fake. Its methods are safe for concurrent use.
type Server struct {
	opts  Options
	http  *httptest.Server
	txIDs atomic.Int64

	faults  *fakehttp.Injector[RateLimit]
	traffic fakehttp.Traffic

	mu         sync.Mutex
	workspaces []*workspace
	ids        int
	paging     Paging
}

type workspace struct {
	Workspace
	envs []*environment
}

type environment struct {
	Environment
	defs     []*Definition // in listing order
	byName   map[string]*Definition
	segments []*Segment
}

// New starts a fake on 127.0.0.1 with an ephemeral port. Call Close when done.
func New(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = DefaultToken
	}
	if opts.FlagsOnlyToken == "" {
		opts.FlagsOnlyToken = DefaultFlagsOnlyToken
	}
	if opts.OrgID == "" {
		opts.OrgID = "org-fake"
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{opts: opts}
	s.faults = fakehttp.NewInjector(s.faultAnswers())
	s.http = httptest.NewServer(s.handler())
	return s
}

// URL is the API root, e.g. http://127.0.0.1:41234/internal/api/v2.
func (s *Server) URL() string { return s.http.URL + APIRoot }

// Token is the admin key the server accepts.
func (s *Server) Token() string { return s.opts.Token }

// FlagsOnlyToken is the feature-flags-only key the server accepts.
func (s *Server) FlagsOnlyToken() string { return s.opts.FlagsOnlyToken }

// Close shuts the server down and waits for requests in progress.
func (s *Server) Close() { s.http.Close() }

func (s *Server) handler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, h handlerFunc) {
		method, path, _ := strings.Cut(pattern, " ")
		mux.HandleFunc(method+" "+APIRoot+path, s.serve(h))
	}
	route("GET /workspaces", adminOnly(s.listWorkspaces))
	route("GET /environments/ws/{ws}", adminOnly(s.listEnvironments))
	route("GET /splits/ws/{ws}/environments/{env}", s.listDefinitions)
	route("GET /splits/ws/{ws}/{flag}/environments/{env}", s.getDefinition)
	route("PATCH /splits/ws/{ws}/{flag}/environments/{env}", s.patchDefinition)
	for _, method := range []string{http.MethodPut, http.MethodPost} {
		route(method+" /splits/ws/{ws}/{flag}/environments/{env}/kill", s.setKilled(true))
		route(method+" /splits/ws/{ws}/{flag}/environments/{env}/restore", s.setKilled(false))
	}
	route("GET /segments/ws/{ws}/environments/{env}", s.listSegments)
	mux.HandleFunc("/", s.serve(func(r *http.Request) (any, error) {
		return nil, notFound("no route for %s %s", r.Method, r.URL.Path)
	}))
	return s.traffic.Wrap(s.faults.Wrap(s.authenticate(mux)))
}

// authenticate rejects requests without one of the server's keys and
// notes the role of the key in the request's context.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		role := s.role(r)
		if role == noRole {
			s.writeError(w, http.StatusUnauthorized, unauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), roleKey{}, role)))
	})
}

// role is the role of the key r carries: in x-api-key when that is set,
// else as "Authorization: Bearer <key>".
func (s *Server) role(r *http.Request) role {
	key := r.Header.Get("x-api-key")
	if key == "" {
		var ok bool
		if key, ok = strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); !ok {
			return noRole
		}
	}
	switch key {
	case s.opts.Token:
		return adminRole
	case s.opts.FlagsOnlyToken:
		return flagsRole
	default:
		return noRole
	}
}

// unauthorized is the message of every 401.
const unauthorized = "Unauthorized: invalid or missing API key"
