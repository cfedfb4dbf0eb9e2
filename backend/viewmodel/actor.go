package viewmodel

import "rolloutdesk/backend/audit"

// Identity is who the audit log names for your actions: Name, taken from
// DisplayName (set in Settings) or else OSUser.
type Identity struct {
	Name        string `json:"name"`
	DisplayName string `json:"display_name"`
	OSUser      string `json:"os_user"`
}

// FromIdentity maps who acts.
func FromIdentity(i audit.Identity) Identity { return Identity(i) }
