package transport_test

import (
	"net/http"
	"testing"

	"rolloutdesk/backend/provider/transport"
)

func TestNewHTTPClientKeepsIdleConnections(t *testing.T) {
	for _, n := range []int{1, 6} {
		pool, ok := transport.NewHTTPClient(n).Transport.(*http.Transport)
		if !ok || pool == http.DefaultTransport || pool.MaxIdleConnsPerHost != n {
			t.Errorf("NewHTTPClient(%d): transport %T, own pool %v; want its own pool keeping %d idle connections per host",
				n, pool, pool != http.DefaultTransport, n)
		}
	}
}
