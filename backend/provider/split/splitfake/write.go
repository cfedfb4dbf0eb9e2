package splitfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// setKilled serves PUT/POST …/kill and …/restore, whose optional body is
// {"comment","title"} for the audit log. Like the real API it answers true
// rather than the definition.
func (s *Server) setKilled(killed bool) handlerFunc {
	return func(r *http.Request) (any, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		def, err := s.writableDefinition(r)
		if err != nil {
			return nil, err
		}
		if err := readAuditNote(r); err != nil {
			return nil, err
		}
		updated := *def
		updated.Killed = killed
		s.store(def, updated)
		return true, nil
	}
}

// readAuditNote reads the optional {"comment","title"} body of a kill or
// restore, refusing a body that is not such an object.
func readAuditNote(r *http.Request) error {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return badRequest("could not read the body: %v", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	var note struct {
		Comment string `json:"comment"`
		Title   string `json:"title"`
	}
	if err := json.Unmarshal(body, &note); err != nil {
		return badRequest("body must be {\"comment\",\"title\"}: %v", err)
	}
	return nil
}

// patchDefinition serves PATCH …/environments/{env} with an RFC 6902 body
// and answers the updated definition.
func (s *Server) patchDefinition(r *http.Request) (any, error) {
	var ops []patchOp
	if err := json.NewDecoder(r.Body).Decode(&ops); err != nil {
		return nil, badRequest("body must be a JSON Patch array: %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	def, err := s.writableDefinition(r)
	if err != nil {
		return nil, err
	}
	updated, err := applyPatch(*def, ops)
	if err != nil {
		return nil, err
	}
	return s.store(def, updated), nil
}

// writableDefinition resolves the definition a write targets and refuses
// environments that require approvals. s.mu must be held.
func (s *Server) writableDefinition(r *http.Request) (*Definition, error) {
	env, def, err := s.resolveDefinition(r)
	if err != nil {
		return nil, err
	}
	if env.ChangePermissions.AreApprovalsRequired {
		msg := fmt.Sprintf("Approvals are required. orgId=%s envId=%s", s.opts.OrgID, env.ID)
		return nil, &statusError{http.StatusForbidden, msg}
	}
	return def, nil
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
