package transporttest

import (
	"errors"
	"strings"
	"testing"

	"rolloutdesk/backend/provider/transport"
)

// WantError describes the error a call through a transport should end
// with.
type WantError struct {
	// Text holds substrings of the error's text.
	Text []string
	// Secret must not appear in the text (a token).
	Secret string
	// Is, when set, is an error that errors.Is must find in the chain.
	Is error
	// Status is the status of the *transport.HTTPError in the chain; 0
	// means there must be none.
	Status int
}

// Check reports on t each way in which err falls short of w.
func (w WantError) Check(t testing.TB, err error) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	for _, s := range w.Text {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q lacks %q", err, s)
		}
	}
	if w.Secret != "" && strings.Contains(err.Error(), w.Secret) {
		t.Errorf("error %q contains the secret", err)
	}
	if w.Is != nil && !errors.Is(err, w.Is) {
		t.Errorf("error %v does not match %v", err, w.Is)
	}
	var he *transport.HTTPError
	if found := errors.As(err, &he); found != (w.Status != 0) || found && he.Status != w.Status {
		t.Errorf("error %v; want an HTTP status of %d (0: none)", err, w.Status)
	}
}
