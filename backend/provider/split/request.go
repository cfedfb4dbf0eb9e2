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
	err := c.transport.Do(ctx, call, c.sender(http.MethodGet, path, query, nil), transport.DecodeJSON(&out))
	return out, err
}

// sender returns the SendFunc of a method request to path with query and,
// unless it is nil, the JSON body.
func (c *Client) sender(method, path string, query url.Values, body []byte) transport.SendFunc {
	return func(ctx context.Context) (*http.Response, error) {
		req := c.rest.R().
			SetContext(ctx).
			SetQueryParamsFromValues(query).
			SetDoNotParseResponse(true)
		if body != nil {
			req.SetBody(body)
		}
		resp, err := req.Execute(method, path)
		if err != nil {
			return nil, err
		}
		return resp.RawResponse, nil
	}
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
