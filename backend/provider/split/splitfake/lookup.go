package splitfake

import "net/http"

// The lookups below expect s.mu to be held.

func (s *Server) workspaceByID(id string) *workspace {
	for _, ws := range s.workspaces {
		if ws.ID == id {
			return ws
		}
	}
	return nil
}

// environment resolves idOrName by id or exact-case name, as the API does.
func (ws *workspace) environment(idOrName string) *environment {
	for _, env := range ws.envs {
		if env.ID == idOrName || env.Name == idOrName {
			return env
		}
	}
	return nil
}

// environments are copies of the workspace's environments, in order.
func (ws *workspace) environments() []Environment {
	envs := make([]Environment, len(ws.envs))
	for i, env := range ws.envs {
		envs[i] = env.Environment
	}
	return envs
}

// resolveEnv finds the {ws} and {env} of a request path.
func (s *Server) resolveEnv(r *http.Request) (*workspace, *environment, error) {
	wsID := r.PathValue("ws")
	ws := s.workspaceByID(wsID)
	if ws == nil {
		return nil, nil, notFound("Workspace %s not found", wsID)
	}
	envName := r.PathValue("env")
	env := ws.environment(envName)
	if env == nil {
		return nil, nil, notFound("Environment %s not found in workspace %s", envName, wsID)
	}
	return ws, env, nil
}

// resolveDefinition finds the {ws}, {env} and {flag} of a request path.
func (s *Server) resolveDefinition(r *http.Request) (*workspace, *environment, *Definition, error) {
	ws, env, err := s.resolveEnv(r)
	if err != nil {
		return nil, nil, nil, err
	}
	flag := r.PathValue("flag")
	def := env.byName[flag]
	if def == nil {
		return nil, nil, nil, notFound("Feature flag %s not found in environment %s", flag, env.Name)
	}
	return ws, env, def, nil
}

// ref is the environment's {id, name}.
func (env *environment) ref() Ref { return Ref{ID: env.ID, Name: env.Name} }

// orUser returns t, or the "user" traffic type when t is unset.
func orUser(t Ref) Ref {
	if t.Name == "" {
		return Ref{ID: "tt-user", Name: "user"}
	}
	return t
}
