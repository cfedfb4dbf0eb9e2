// Package split reads feature-flag state from the Split (Harness FME) Admin
// API v2 and reduces it to provider.FlagState, and kills, restores and sets
// the default rule of flags.
//
// Given the workspace id and environment ids (Options), it never lists
// workspaces or environments, which need admin roles: a key with only a
// feature-flag role can sync and write. Otherwise it resolves names through
// those lists, which it keeps for later writes.
//
// Requests go through the shared transport package, which bounds the
// requests in flight, retries transient failures, waits out rate limits and
// reads Split's error bodies; this package supplies Split's own parts:
// authentication, paging, the 429 wait computed from Split's headers and the
// normalization.
package split

import (
	"errors"
	"net/http"
	"slices"

	"github.com/go-resty/resty/v2"

	"rolloutdesk/backend/provider/transport"
)

// DefaultBaseURL is the Admin API root.
const DefaultBaseURL = "https://api.split.io/internal/api/v2"

// AuthMode says how the token is sent.
type AuthMode int

const (
	// BearerAuth sends "Authorization: Bearer <token>", for Split admin API
	// keys.
	BearerAuth AuthMode = iota
	// APIKeyAuth sends "x-api-key: <token>", for Harness personal or service
	// account tokens.
	APIKeyAuth
)

// Options configures a Client.
type Options struct {
	// BaseURL is the API root; empty means DefaultBaseURL.
	BaseURL string
	// Token is the admin API key or Harness token. Required.
	Token string
	// Auth selects the header that carries Token.
	Auth AuthMode
	// Transport tunes concurrency, retries and waits. RateLimitWait defaults
	// to this package's RateLimitWait, and Token is always added to Secrets.
	Transport transport.Options
	// HTTPClient sends the requests; nil means one whose connection pool
	// fits Transport.MaxInFlight.
	HTTPClient *http.Client
	// WorkspaceID, when set, is the id of the only workspace the client
	// reads and writes: it is not looked up in the workspace list, and the
	// project a caller names only labels the flag states (FlagState.Project
	// is that name, or WorkspaceID when none is given).
	WorkspaceID string
	// EnvironmentIDs, which need WorkspaceID, are the ids of the
	// environments Fetch reads when the scope names none. With them the
	// environment list is never read either: environments a caller names
	// go to the API as given (it takes ids and exact names alike) and are
	// labelled with the name their definitions report.
	EnvironmentIDs []string
}

// Client talks to the Split Admin API. It implements provider.Source and
// provider.Writer and is safe for concurrent use.
type Client struct {
	rest           *resty.Client
	transport      *transport.Transport
	workspaceID    string
	environmentIDs []string
	// workspaces (key "") and environments (by workspace id) are the
	// lists names were last resolved through.
	workspaces   memo[Workspace]
	environments memo[Environment]
}

// New returns a Client for opts.
func New(opts Options) (*Client, error) {
	if opts.Token == "" {
		return nil, errors.New("split: an admin API key or Harness token is required")
	}
	if len(opts.EnvironmentIDs) > 0 && opts.WorkspaceID == "" {
		return nil, errors.New("split: environment ids need the workspace id they belong to")
	}
	if opts.BaseURL == "" {
		opts.BaseURL = DefaultBaseURL
	}
	tOpts := opts.Transport
	if tOpts.RateLimitWait == nil {
		tOpts.RateLimitWait = RateLimitWait
	}
	tOpts.Secrets = append(append([]string(nil), tOpts.Secrets...), opts.Token)
	tr := transport.New(tOpts)
	if opts.HTTPClient == nil {
		opts.HTTPClient = transport.NewHTTPClient(tr.MaxInFlight())
	}
	rest := resty.NewWithClient(opts.HTTPClient).
		SetBaseURL(opts.BaseURL).
		SetHeader("Accept", "application/json").
		SetHeader("Content-Type", "application/json")
	switch opts.Auth {
	case BearerAuth:
		rest.SetAuthToken(opts.Token)
	case APIKeyAuth:
		rest.SetHeader("x-api-key", opts.Token)
	default:
		return nil, errors.New("split: unknown auth mode")
	}
	return &Client{
		rest:           rest,
		transport:      tr,
		workspaceID:    opts.WorkspaceID,
		environmentIDs: slices.Clone(opts.EnvironmentIDs),
	}, nil
}
