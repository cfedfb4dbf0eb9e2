package splitfake

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// setKilled serves PUT/POST …/kill and …/restore, whose optional body is
// {"comment","title"} for the audit log. Like the real API it answers true
// rather than the definition.
func (s *Server) setKilled(killed bool) handlerFunc {
	return func(r *http.Request) (any, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		ws, def, err := s.writableDefinition(r)
		if err != nil {
			return nil, err
		}
		note, err := readAuditNote(r)
		if err != nil {
			return nil, err
		}
		if err := ws.requireNote(note.or(queryNote(r))); err != nil {
			return nil, err
		}
		updated := *def
		updated.Killed = killed
		s.store(def, updated)
		return true, nil
	}
}

// patchDefinition serves PATCH …/environments/{env} with an RFC 6902 body,
// the title and comment in the query, and answers the updated definition.
func (s *Server) patchDefinition(r *http.Request) (any, error) {
	var ops []patchOp
	if err := json.NewDecoder(r.Body).Decode(&ops); err != nil {
		return nil, badRequest("body must be a JSON Patch array: %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ws, def, err := s.writableDefinition(r)
	if err != nil {
		return nil, err
	}
	if err := ws.requireNote(queryNote(r)); err != nil {
		return nil, err
	}
	updated, err := applyPatch(*def, ops)
	if err != nil {
		return nil, err
	}
	return s.store(def, updated), nil
}

// writableDefinition resolves the workspace and definition a write targets
// and refuses environments that require approvals. s.mu must be held.
func (s *Server) writableDefinition(r *http.Request) (*workspace, *Definition, error) {
	ws, env, def, err := s.resolveDefinition(r)
	if err != nil {
		return nil, nil, err
	}
	if env.ChangePermissions.AreApprovalsRequired {
		msg := fmt.Sprintf("Approvals are required. orgId=%s envId=%s", s.opts.OrgID, env.ID)
		return nil, nil, &statusError{http.StatusForbidden, msg}
	}
	return ws, def, nil
}

// store overwrites *def with updated, bumping its lastUpdateTime, which
// always moves forward, and returns it as stored. Copies handed out earlier
// share only slices, which updates replace rather than modify. s.mu must be
// held.
func (s *Server) store(def *Definition, updated Definition) Definition {
	updated.LastUpdateTime = max(s.opts.Now().UnixMilli(), def.LastUpdateTime+1)
	*def = updated
	return updated
}
