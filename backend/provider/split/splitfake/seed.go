package splitfake

import "fmt"

// Seeding methods panic when they name a workspace or environment that does
// not exist: that is a mistake in the caller's fixture, not a runtime
// condition.

// AddWorkspace adds a workspace, giving it an id when w.ID is empty, and
// returns it as stored.
func (s *Server) AddWorkspace(w Workspace) Workspace {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w.ID == "" {
		w.ID = s.newID("ws")
	}
	s.workspaces = append(s.workspaces, &workspace{Workspace: w})
	return w
}

// AddEnvironment adds an environment to workspace wsID, giving it an id when
// e.ID is empty, and returns it as stored.
func (s *Server) AddEnvironment(wsID string, e Environment) Environment {
	s.mu.Lock()
	defer s.mu.Unlock()
	ws := s.mustWorkspace(wsID)
	if e.ID == "" {
		e.ID = s.newID("env")
	}
	ws.envs = append(ws.envs, &environment{Environment: e, byName: map[string]*Definition{}})
	return e
}

// SetApprovalsRequired switches whether direct writes to an environment
// (given by id or name) are refused with 403.
func (s *Server) SetApprovalsRequired(wsID, env string, required bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustEnvironment(wsID, env).ChangePermissions.AreApprovalsRequired = required
}

// SetRequiresTitleAndComments switches whether workspace wsID refuses
// changes (kill, restore, definition updates) that lack a title and a
// comment, with 400.
func (s *Server) SetRequiresTitleAndComments(wsID string, required bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustWorkspace(wsID).RequiresTitleAndComments = required
}

// Environments returns the environments of workspace wsID as stored, in
// the order they were added.
func (s *Server) Environments(wsID string) []Environment {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mustWorkspace(wsID).environments()
}

// PutDefinition stores d in an environment (given by id or name), replacing
// any definition of the same name; the listing keeps first-insertion order.
// It fills in the environment reference, a "user" traffic type when none is
// set and, when zero, creationTime and lastUpdateTime from the clock.
func (s *Server) PutDefinition(wsID, env string, d Definition) Definition {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.mustEnvironment(wsID, env)
	d.Environment, d.TrafficType = e.ref(), orUser(d.TrafficType)
	now := s.opts.Now().UnixMilli()
	if d.CreationTime == 0 {
		d.CreationTime = now
	}
	if d.LastUpdateTime == 0 {
		d.LastUpdateTime = now
	}
	if stored := e.byName[d.Name]; stored != nil {
		*stored = d
	} else {
		e.defs = append(e.defs, &d)
		e.byName[d.Name] = &d
	}
	return d
}

// AddSegment adds a segment to an environment (given by id or name), filling
// in the environment reference and a "user" traffic type when none is set.
func (s *Server) AddSegment(wsID, env string, seg Segment) Segment {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.mustEnvironment(wsID, env)
	seg.Environment, seg.TrafficType = e.ref(), orUser(seg.TrafficType)
	e.segments = append(e.segments, &seg)
	return seg
}

// Definition returns the stored definition of flag in an environment (given
// by id or name) of workspace wsID.
func (s *Server) Definition(wsID, env, flag string) (Definition, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.mustEnvironment(wsID, env).byName[flag]
	if d == nil {
		return Definition{}, false
	}
	return *d, true
}

func (s *Server) newID(prefix string) string {
	s.ids++
	return fmt.Sprintf("%s-%d", prefix, s.ids)
}

func (s *Server) mustWorkspace(wsID string) *workspace {
	ws := s.workspaceByID(wsID)
	if ws == nil {
		panic(fmt.Sprintf("splitfake: unknown workspace %q", wsID))
	}
	return ws
}

func (s *Server) mustEnvironment(wsID, env string) *environment {
	e := s.mustWorkspace(wsID).environment(env)
	if e == nil {
		panic(fmt.Sprintf("splitfake: unknown environment %q in workspace %q", env, wsID))
	}
	return e
}
