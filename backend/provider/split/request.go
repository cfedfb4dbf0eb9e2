package split

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"rolloutdesk/backend/provider/transport"
)

// getJSON runs a GET through the transport and decodes the JSON body into a
// fresh T on each attempt. The transport reads Split's error bodies
// ({"code","message","details","transactionId"}) itself.
func getJSON[T any](ctx context.Context, c *Client, call transport.Call, path string, query url.Values) (T, error) {
	var out T
	send := func(ctx context.Context) (*http.Response, error) {
		resp, err := c.rest.R().
			SetContext(ctx).
			SetQueryParamsFromValues(query).
			SetDoNotParseResponse(true).
			Get(path)
		if err != nil {
			return nil, err
		}
		return resp.RawResponse, nil
	}
	err := c.transport.Do(ctx, call, send, transport.DecodeJSON(&out))
	return out, err
}

// escapePath joins path segments, escaping each.
func escapePath(segments ...string) string {
	var b strings.Builder
	for _, s := range segments {
		b.WriteByte('/')
		b.WriteString(url.PathEscape(s))
	}
	return b.String()
}
