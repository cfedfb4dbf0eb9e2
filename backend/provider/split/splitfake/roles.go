package splitfake

import "net/http"

// role is what an API key may do.
type role int

const (
	noRole role = iota
	// adminRole may do everything, as API_ALL_GRANTED.
	adminRole
	// flagsRole is API_FEATURE_FLAG_EDITOR alone: it reads and changes
	// feature flags but may not list workspaces or environments, which
	// need API_ADMIN, API_WORKSPACE_ADMIN or API_ALL_GRANTED.
	flagsRole
)

// roleKey keys the request's role in its context.
type roleKey struct{}

// forbidden is the message of a 403 for a key without the role a request
// needs. Split documents the status, not the text.
const forbidden = "Forbidden: the API key lacks the role for this request"

// adminOnly refuses h to keys without an admin role, with 403.
func adminOnly(h handlerFunc) handlerFunc {
	return func(r *http.Request) (any, error) {
		if r.Context().Value(roleKey{}) != adminRole {
			return nil, &statusError{http.StatusForbidden, forbidden}
		}
		return h(r)
	}
}
