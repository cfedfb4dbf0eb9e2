package ldfake

import (
	"net/http"
)

// defaultLimit is the page size of every list when limit is not given.
const defaultLimit = 20

// maxSmallLimit is the largest limit the fake accepts for projects,
// environments and segments. LaunchDarkly documents none; this is an
// assumption of the fake.
const maxSmallLimit = 1000

// listProjects serves GET /api/v2/projects.
func (s *Server) listProjects(w http.ResponseWriter, r *http.Request) {
	s.serveList(w, r, maxSmallLimit, func(p paging) (listed, bool) {
		items := make([][]byte, len(s.projects))
		for i, pr := range s.projects {
			items[i] = pr.body
		}
		return p.pageOf(items, nil), true
	})
}

// getProject serves GET /api/v2/projects/{project}.
func (s *Server) getProject(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if pr, ok := s.findProject(w, r); ok {
		writeJSON(w, http.StatusOK, pr.body)
	}
}

// listEnvironments serves GET /api/v2/projects/{project}/environments.
func (s *Server) listEnvironments(w http.ResponseWriter, r *http.Request) {
	s.serveList(w, r, maxSmallLimit, func(p paging) (listed, bool) {
		pr, ok := s.findProject(w, r)
		if !ok {
			return listed{}, false
		}
		items := make([][]byte, len(pr.envs))
		for i, e := range pr.envs {
			items[i] = e.body
		}
		return p.pageOf(items, map[string]link{"parent": jsonLink("/api/v2/projects/" + pr.key)}), true
	})
}

// findProject returns the project named in r's path, answering 404 itself
// when there is none. s.mu must be held.
func (s *Server) findProject(w http.ResponseWriter, r *http.Request) (*project, bool) {
	pr := s.project(r.PathValue("project"))
	if pr == nil {
		writeError(w, http.StatusNotFound, "not_found", "Unknown project key")
	}
	return pr, pr != nil
}

// findEnvironment returns the project and environment named in r's path,
// answering 404 itself when either is unknown. s.mu must be held.
func (s *Server) findEnvironment(w http.ResponseWriter, r *http.Request) (*project, *environment, bool) {
	pr, ok := s.findProject(w, r)
	if !ok {
		return nil, nil, false
	}
	env := pr.env(r.PathValue("env"))
	if env == nil {
		writeError(w, http.StatusNotFound, "not_found", "Unknown environment key")
	}
	return pr, env, env != nil
}

// findFlag returns the project and flag named in r's path, answering 404
// itself when either is unknown. s.mu must be held.
func (s *Server) findFlag(w http.ResponseWriter, r *http.Request) (*project, *flag, bool) {
	pr, ok := s.findProject(w, r)
	if !ok {
		return nil, nil, false
	}
	f, ok := flagOf(w, r, pr)
	return pr, f, ok
}

// flagOf returns the flag of pr named in r's path, answering 404 itself
// when there is none. The server's lock must be held.
func flagOf(w http.ResponseWriter, r *http.Request, pr *project) (*flag, bool) {
	i, ok := pr.index[r.PathValue("flag")]
	if !ok {
		writeError(w, http.StatusNotFound, "not_found", "Unknown flag key")
		return nil, false
	}
	return pr.flags[i], true
}
