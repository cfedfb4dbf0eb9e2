package transport

import "net/http"

// NewHTTPClient returns an http.Client on a clone of http.DefaultTransport
// that keeps maxIdlePerHost idle connections per host (the default keeps
// two), so that a client with that many requests in flight reuses its
// connections instead of opening new ones.
func NewHTTPClient(maxIdlePerHost int) *http.Client {
	pool := http.DefaultTransport.(*http.Transport).Clone()
	pool.MaxIdleConnsPerHost = maxIdlePerHost
	return &http.Client{Transport: pool}
}
