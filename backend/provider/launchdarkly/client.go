// Package launchdarkly reads feature-flag state from the LaunchDarkly REST
// API v2 (projects, environments, flags, flag statuses, segments) and
// reduces it to provider.FlagState, and turns flags on and off and sets
// their rollouts with semantic patches. On demand, never during a sync, it
// reads a flag's daily evaluations per variation from the beta account
// usage API. Client implements provider.Source, provider.Writer and
// provider.UsageReader.
//
// All requests go through a transport.Transport: at most a few in flight,
// reads retried on 5xx, timeouts and network errors, writes only when the
// server provably did not act on them, and both on 429 after the wait
// LaunchDarkly asks for. Large flag lists are paged 100 flags and 3
// environments at a time, the pages after the first fetched concurrently,
// and followed by their next links to the end whatever the pages' length;
// a list that ends short of its totalCount fails the read. Archived flags,
// which LaunchDarkly lists apart, are read with a listing of their own.
package launchdarkly

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"github.com/go-resty/resty/v2"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

// DefaultBaseURL is the LaunchDarkly site root. The federal and EU
// instances are https://app.launchdarkly.us and https://app.eu.launchdarkly.com.
const DefaultBaseURL = "https://app.launchdarkly.com"

// APIVersion is the LD-API-Version every request pins.
const APIVersion = "20240415"

// Options configures a Client. The zero value talks to DefaultBaseURL with
// the transport defaults.
type Options struct {
	// BaseURL is the site root (scheme and host, e.g. a fake server's
	// loopback URL); request paths start with /api/v2/.
	BaseURL string
	// Transport sets concurrency and retry behaviour. RateLimitWait defaults
	// to LaunchDarkly's headers (RateLimitWait in this package); the token is
	// always added to Secrets.
	Transport transport.Options
	// HTTPClient, if set, sends the requests; by default a client whose
	// connection pool fits Transport.MaxInFlight.
	HTTPClient *http.Client
}

// Client reads from and writes to one LaunchDarkly account with one access
// token. It is safe for concurrent use.
type Client struct {
	base *url.URL
	rest *resty.Client
	tr   *transport.Transport
}

var _ provider.Source = (*Client)(nil)

// New returns a Client that authenticates with token, a personal or service
// access token (api-...), sent as is in the Authorization header.
func New(token string, opts Options) (*Client, error) {
	if token == "" {
		return nil, errors.New("launchdarkly: empty access token")
	}
	if opts.BaseURL == "" {
		opts.BaseURL = DefaultBaseURL
	}
	base, err := url.Parse(opts.BaseURL)
	if err != nil || (base.Scheme != "https" && base.Scheme != "http") || base.Host == "" {
		return nil, fmt.Errorf("launchdarkly: base URL %q is not an http(s) site root", opts.BaseURL)
	}
	topts := opts.Transport
	if topts.RateLimitWait == nil {
		topts.RateLimitWait = RateLimitWait
	}
	topts.Secrets = append([]string{token}, topts.Secrets...)
	tr := transport.New(topts)

	hc := opts.HTTPClient
	if hc == nil {
		hc = transport.NewHTTPClient(tr.MaxInFlight())
	}
	rest := resty.NewWithClient(hc).
		SetRetryCount(0).
		SetDoNotParseResponse(true).
		SetHeader("Authorization", token).
		SetHeader("LD-API-Version", APIVersion).
		SetHeader("Accept", "application/json").
		SetHeader("User-Agent", "rolloutdesk")
	return &Client{base: base, rest: rest, tr: tr}, nil
}

// Name returns provider.LaunchDarkly.
func (c *Client) Name() string { return provider.LaunchDarkly }

// endpoint returns the absolute URL of /api/v2/ followed by the path
// segments (each escaped), with query q.
func (c *Client) endpoint(q url.Values, segments ...string) *url.URL {
	escaped := "/api/v2"
	for _, s := range segments {
		escaped += "/" + url.PathEscape(s)
	}
	u := *c.base
	u.Path, _ = url.PathUnescape(escaped)
	u.RawPath = escaped
	u.RawQuery = q.Encode()
	return &u
}

// resolve turns a link the API returned (a relative href such as
// "/api/v2/flags/p?limit=100&offset=100") into an absolute URL. It refuses
// links to another site so that the token is never sent elsewhere.
func (c *Client) resolve(href string) (*url.URL, error) {
	ref, err := url.Parse(href)
	if err != nil {
		return nil, fmt.Errorf("bad link %q: %w", href, err)
	}
	u := c.base.ResolveReference(ref)
	if u.Scheme != c.base.Scheme || u.Host != c.base.Host {
		return nil, fmt.Errorf("refusing to follow link %q off %s", href, c.base.Host)
	}
	return u, nil
}

// getJSON GETs u as call and decodes the JSON body into a T.
func getJSON[T any](ctx context.Context, c *Client, call transport.Call, u *url.URL) (T, error) {
	return getPrepared[T](ctx, c, call, u, nil)
}

// getPrepared is getJSON with prepare, when set, adding to each attempt's
// request (a header).
func getPrepared[T any](ctx context.Context, c *Client, call transport.Call, u *url.URL, prepare func(*resty.Request)) (T, error) {
	call.Idempotent = true
	var out T
	err := c.tr.Do(ctx, call, c.sender(http.MethodGet, u, prepare), transport.DecodeJSON(&out))
	return out, err
}

// sender returns the SendFunc of a method request to u; prepare, when
// set, adds to each attempt's request (a body, its content type).
func (c *Client) sender(method string, u *url.URL, prepare func(*resty.Request)) transport.SendFunc {
	return func(ctx context.Context) (*http.Response, error) {
		req := c.rest.R().SetContext(ctx)
		if prepare != nil {
			prepare(req)
		}
		resp, err := req.Execute(method, u.String())
		if err != nil {
			if resp != nil && resp.RawResponse != nil {
				resp.RawResponse.Body.Close()
			}
			return nil, err
		}
		return resp.RawResponse, nil
	}
}
