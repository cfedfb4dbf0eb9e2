package transport

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"
)

// maxErrorBody bounds how much of an error response is read.
const maxErrorBody = 64 << 10

// maxMessage bounds how much of a server's message an error repeats.
const maxMessage = 300

// HTTPError is a call that ended with an unsuccessful HTTP status.
type HTTPError struct {
	// Call is the call's name (Call.Name).
	Call string
	// Status is the HTTP status code.
	Status int
	// Code is the provider's error code from the body (LaunchDarkly's
	// "unauthorized", "not_found", ...), when it sent one. A numeric code
	// that only repeats the status (Split's) is left out.
	Code string
	// Message is what the server said, shortened, with secrets redacted:
	// the body's message, then its details and transaction id when it
	// sent them, or else the body as text.
	Message string
	// NotFound is what a 404 means (Call.NotFound).
	NotFound string
	// Attempts is how many attempts the call made.
	Attempts int
	// Waited is the time the call spent waiting between its attempts.
	Waited time.Duration
	// Reason, when set, is what the provider client recognised the failure
	// as, e.g. provider.ErrApprovalRequired for LaunchDarkly's 405. It
	// replaces the plain-words explanation of the status, and errors.Is
	// matches it.
	Reason error
}

// Error names the call, the status and its cause in plain words, then what
// the server said, e.g. `list flags of project "web": HTTP 401: token
// rejected (server said: unauthorized: Invalid access token)`.
func (e *HTTPError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: HTTP %d: %s", e.Call, e.Status, e.Explanation())
	if e.Code != "" || e.Message != "" {
		b.WriteString(" (server said: ")
		b.WriteString(strings.Trim(e.Code+": "+e.Message, ": "))
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the Reason, if any.
func (e *HTTPError) Unwrap() error { return e.Reason }

// Explanation says in plain words what the failure means for the call: the
// Reason when one is set, otherwise what the status means.
func (e *HTTPError) Explanation() string {
	switch s := e.Status; {
	case e.Reason != nil:
		return e.Reason.Error()
	case s == http.StatusUnauthorized:
		return "token rejected: check that the access token is valid and not expired"
	case s == http.StatusForbidden:
		return "the token lacks a role/permission for this request"
	case s == http.StatusNotFound:
		if e.NotFound == "" {
			return "not found"
		}
		return "unknown " + e.NotFound
	case s == http.StatusTooManyRequests:
		if waited := e.Waited.Round(time.Second); waited > 0 {
			return fmt.Sprintf("rate limited; gave up after %s and %s of waiting", attempts(e.Attempts), waited)
		}
		return fmt.Sprintf("rate limited; gave up after %s", attempts(e.Attempts))
	case s >= 500:
		return fmt.Sprintf("server error (%s); gave up after %s", http.StatusText(s), attempts(e.Attempts))
	default:
		return strings.ToLower(http.StatusText(s))
	}
}

func attempts(n int) string {
	if n == 1 {
		return "1 attempt"
	}
	return fmt.Sprintf("%d attempts", n)
}

// callError is a call that failed without an HTTP status (a network, read
// or decode error). Its text is redacted; Unwrap gives the cause.
type callError struct {
	msg string
	err error
}

func (e *callError) Error() string { return e.msg }
func (e *callError) Unwrap() error { return e.err }

// httpError reads resp's body as a provider error (errorBody JSON, else
// plain text) and returns it as an *HTTPError for call.
func (t *Transport) httpError(call Call, resp *http.Response) *HTTPError {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	code, message := parseErrorBody(body, resp.StatusCode)
	return &HTTPError{
		Call:     call.Name,
		Status:   resp.StatusCode,
		Code:     shorten(t.redact(code)),
		Message:  shorten(t.redact(message)),
		NotFound: call.NotFound,
		Attempts: 1,
	}
}

// redact replaces every configured secret in s.
func (t *Transport) redact(s string) string {
	for _, secret := range t.opts.Secrets {
		if secret != "" {
			s = strings.ReplaceAll(s, secret, "[redacted]")
		}
	}
	return s
}

// shorten cuts s to maxMessage bytes on a rune boundary.
func shorten(s string) string {
	if len(s) <= maxMessage {
		return s
	}
	cut := maxMessage
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
