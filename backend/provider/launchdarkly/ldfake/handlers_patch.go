package ldfake

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// apiError is a failure answered with LaunchDarkly's error body.
type apiError struct {
	status        int
	code, message string
}

func (e *apiError) Error() string { return e.message }

// invalid is a 400 invalid_request.
func invalid(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, "invalid_request", fmt.Sprintf(format, args...)}
}

// errApprovalRequired is the answer to a write in an environment that
// requires approvals.
var errApprovalRequired = &apiError{http.StatusMethodNotAllowed, "method_not_allowed", "Approval is required to make this request"}

// patchFlag serves PATCH /api/v2/flags/{project}/{flag}: a semantic patch
// (with the domain-model content type) or a JSON Patch, applied all or
// nothing. It answers 200 with the whole flag as it is afterwards; 400
// invalid_request for a patch it cannot apply, including one that would
// make a pending change fail (unless ignoreConflicts=true); 405
// method_not_allowed in an environment that requires approvals.
func (s *Server) patchFlag(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request", "could not read the request body")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	pr, f, ok := s.findFlag(w, r)
	if !ok {
		return
	}
	changes, err := parsePatch(r.Header.Get("Content-Type"), body)
	if err == nil {
		f, err = f.patched(pr, changes, s.now(), r.URL.Query().Get("ignoreConflicts") == "true")
	}
	var ae *apiError
	if errors.As(err, &ae) {
		writeError(w, ae.status, ae.code, ae.message)
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal_server_error", err.Error())
		return
	}
	pr.flags[pr.index[f.key]] = f
	var b bytes.Buffer
	f.writeTo(&b, pr.key, pr.envs, false)
	writeJSON(w, http.StatusOK, b.Bytes())
}
