package splitfake

import (
	"net/http"
	"strings"
)

func (s *Server) listWorkspaces(r *http.Request) (any, error) {
	offset, limit, err := paging(r, maxWorkspaceLimit)
	if err != nil {
		return nil, err
	}
	match, err := nameFilter(r)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var all []Workspace
	for _, ws := range s.workspaces {
		if match(ws.Name) {
			all = append(all, ws.Workspace)
		}
	}
	return page(all, offset, limit, s.paging), nil
}

// nameFilter implements the name and nameOp query of GET /workspaces.
func nameFilter(r *http.Request) (func(string) bool, error) {
	q := r.URL.Query()
	name := q.Get("name")
	if name == "" {
		return func(string) bool { return true }, nil
	}
	switch op := q.Get("nameOp"); op {
	case "", "IS":
		return func(s string) bool { return s == name }, nil
	case "STARTS_WITH":
		return func(s string) bool { return strings.HasPrefix(s, name) }, nil
	case "CONTAINS":
		return func(s string) bool { return strings.Contains(s, name) }, nil
	default:
		return nil, badRequest("nameOp must be IS, STARTS_WITH or CONTAINS, got %q", op)
	}
}

func (s *Server) listEnvironments(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	wsID := r.PathValue("ws")
	ws := s.workspaceByID(wsID)
	if ws == nil {
		return nil, notFound("Workspace %s not found", wsID)
	}
	return ws.environments(), nil
}

func (s *Server) listDefinitions(r *http.Request) (any, error) {
	return pageInEnv(s, r, maxDefinitionLimit, func(env *environment) []*Definition { return env.defs })
}

func (s *Server) getDefinition(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, _, def, err := s.resolveDefinition(r)
	if err != nil {
		return nil, err
	}
	return *def, nil
}

func (s *Server) listSegments(r *http.Request) (any, error) {
	return pageInEnv(s, r, maxSegmentLimit, func(env *environment) []*Segment { return env.segments })
}

// pageInEnv serves one page of a collection of the request's {env}, copied
// under the lock.
func pageInEnv[T any](s *Server, r *http.Request, maxLimit int, items func(*environment) []*T) (any, error) {
	offset, limit, err := paging(r, maxLimit)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	_, env, err := s.resolveEnv(r)
	if err != nil {
		return nil, err
	}
	ptrs := page(items(env), offset, limit, s.paging)
	out := envelope[T]{Objects: make([]T, len(ptrs.Objects)), Offset: ptrs.Offset, Limit: ptrs.Limit, TotalCount: ptrs.TotalCount}
	for i, p := range ptrs.Objects {
		out.Objects[i] = *p
	}
	return out, nil
}
