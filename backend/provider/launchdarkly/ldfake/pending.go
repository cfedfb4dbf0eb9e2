package ldfake

import (
	"fmt"
	"net/http"
)

// PendingChange is a change waiting to be applied to a flag in one
// environment, which LaunchDarkly protects from writes that would make it
// fail.
type PendingChange string

// The pending changes SetPendingChange can put on a flag.
const (
	ScheduledChange PendingChange = "scheduled change"
	ApprovalRequest PendingChange = "approval request"
)

// SetPendingChange puts a pending change of kind on flag flagKey of project
// in environment env ("" takes it away). Every PATCH that would change the
// flag there then fails with 400 invalid_request and changes nothing,
// unless it carries ignoreConflicts=true, as LaunchDarkly answers a change
// that would make a pending scheduled change or approval request fail. (The
// fake does not work out whether the two really conflict: any change does.)
func (s *Server) SetPendingChange(projectKey, env, flagKey string, kind PendingChange) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.environment(projectKey, env)
	if err != nil {
		return err
	}
	if kind == "" {
		delete(e.pending, flagKey)
	} else {
		e.pending[flagKey] = kind
	}
	return nil
}

// pendingConflict is the answer to a change of flag key in env, on which
// kind is pending. LaunchDarkly documents the status (400) but not the
// message; this one says what the conflict is with and how to override it.
func pendingConflict(key string, env *environment, kind PendingChange) error {
	return &apiError{http.StatusBadRequest, "invalid_request", fmt.Sprintf(
		"This change conflicts with a pending %s on flag %q in environment %q, which it would make fail. Pass ignoreConflicts=true to apply it anyway.",
		kind, key, env.key)}
}
