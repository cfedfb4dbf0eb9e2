package viewmodel

import (
	"testing"

	"rolloutdesk/backend/audit"
)

func TestIdentityMapsEveryField(t *testing.T) {
	i := filled[audit.Identity]()
	sameJSON(t, "Identity", i, FromIdentity(i))
}
