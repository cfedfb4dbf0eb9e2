package viewmodel

import (
	"testing"

	"rolloutdesk/backend/status"
)

func TestStatusLineMapping(t *testing.T) {
	l := filled[status.Line]()
	sameJSON(t, "StatusLine", l, FromStatusLine(l))
}
