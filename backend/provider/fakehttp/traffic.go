package fakehttp

import (
	"bytes"
	"io"
	"net/http"
	"sync"
)

// Request is what a fake recorded about one request it received.
type Request struct {
	Method   string
	Path     string
	RawQuery string
	Header   http.Header
	// Body is the request body; nil when there was none.
	Body []byte
	// Status is the status code answered; 0 until the answer starts.
	Status int
}

// Traffic records the requests a fake receives and the most it served at
// once. The zero value is ready to use; its methods are safe for
// concurrent use.
type Traffic struct {
	mu       sync.Mutex
	requests []*Request
	inFlight int
	peak     int
}

// Wrap returns a handler that records each request as it arrives, and its
// status as it is answered, around next.
func (t *Traffic) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusWriter{ResponseWriter: w, traffic: t, req: t.arrive(r)}
		defer t.leave(rec.req)
		next.ServeHTTP(rec, r)
	})
}

// arrive records r, reading its body and putting back a copy for the
// handler to read.
func (t *Traffic) arrive(r *http.Request) *Request {
	req := &Request{Method: r.Method, Path: r.URL.Path, RawQuery: r.URL.RawQuery, Header: r.Header.Clone()}
	if r.Body != nil && r.Body != http.NoBody {
		req.Body, _ = io.ReadAll(r.Body) // a body cut short reaches the handler cut short
		r.Body = io.NopCloser(bytes.NewReader(req.Body))
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.requests = append(t.requests, req)
	t.inFlight++
	t.peak = max(t.peak, t.inFlight)
	return req
}

// leave ends req; one answered without a status got net/http's 200.
func (t *Traffic) leave(req *Request) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.inFlight--
	if req.Status == 0 {
		req.Status = http.StatusOK
	}
}

func (t *Traffic) answer(req *Request, status int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	req.Status = status
}

// Requests returns the requests received so far, in the order they arrived.
func (t *Traffic) Requests() []Request {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]Request, len(t.requests))
	for i, r := range t.requests {
		out[i] = *r
	}
	return out
}

// Count is the number of requests received so far.
func (t *Traffic) Count() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.requests)
}

// MaxInFlight is the largest number of requests served at once.
func (t *Traffic) MaxInFlight() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.peak
}

// Reset forgets the requests received and the in-flight peak.
func (t *Traffic) Reset() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.requests = nil
	t.peak = 0
}

// statusWriter tells its Traffic the status of the answer it writes.
type statusWriter struct {
	http.ResponseWriter
	traffic  *Traffic
	req      *Request
	answered bool
}

func (w *statusWriter) WriteHeader(status int) {
	w.answer(status)
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	w.answer(http.StatusOK)
	return w.ResponseWriter.Write(p)
}

// answer records status unless an earlier one was.
func (w *statusWriter) answer(status int) {
	if !w.answered {
		w.answered = true
		w.traffic.answer(w.req, status)
	}
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
