package domain

import (
	"fmt"

	"rolloutdesk/backend/provider"
)

// FlagSubject is the audit subject of an action on flag id, e.g.
// "launchdarkly web-store/production new-checkout": how a flag's history
// finds who changed it.
func FlagSubject(id provider.ID) string {
	return fmt.Sprintf("%s %s/%s %s", id.Provider, id.Project, id.Environment, id.Key)
}

// Flag change actions: what the audit log calls a successful change to a
// flag made from the desk.
const (
	ActionFlagKill    = "flag.kill"
	ActionFlagRestore = "flag.restore"
	ActionFlagRollout = "flag.rollout"
)
