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

// resolveEnv finds the {ws} and {env} of a request path.
func (s *Server) resolveEnv(r *http.Request) (*environment, error) {
	wsID := r.PathValue("ws")
	ws := s.workspaceByID(wsID)
	if ws == nil {
		return nil, notFound("Workspace %s not found", wsID)
	}
	envName := r.PathValue("env")
	env := ws.environment(envName)
	if env == nil {
		return nil, notFound("Environment %s not found in workspace %s", envName, wsID)
	}
	return env, nil
}

// resolveDefinition finds the {ws}, {env} and {flag} of a request path.
func (s *Server) resolveDefinition(r *http.Request) (*environment, *Definition, error) {
	env, err := s.resolveEnv(r)
	if err != nil {
		return nil, nil, err
	}
	flag := r.PathValue("flag")
	def := env.byName[flag]
	if def == nil {
		return nil, nil, notFound("Feature flag %s not found in environment %s", flag, env.Name)
	}
	return env, def, nil
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
