package ldfake

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// seedEpoch is the creation and modification time (epoch ms) given to
// seeds that do not carry one.
const seedEpoch = 1700000000000

// project is a seeded project with everything in it.
type project struct {
	key   string
	body  []byte // the project representation
	envs  []*environment
	flags []*flag
	index map[string]int // flag key → position in flags
}

// environment is a seeded environment of a project.
type environment struct {
	key, name string
	body      []byte
	segments  []*segment
	statuses  map[string]FlagStatus // by flag key
	// approvalsRequired makes flag PATCHes in the environment fail with
	// 405, as when its approval settings require a change request.
	approvalsRequired bool
	// pending holds what waits on flags in the environment, by flag key.
	pending map[string]PendingChange
}

// segment is a seeded segment of an environment.
type segment struct {
	key  string
	body []byte
}

// FlagStatus is the status of a flag in an environment, as
// GET /api/v2/flag-statuses reports it.
type FlagStatus struct {
	// Name is new, active, inactive or launched. Default "new".
	Name string
	// LastRequested is when an SDK last evaluated the flag; zero means
	// never, and the field is left out.
	LastRequested time.Time
	// Default is the fallback value seen in code; nil leaves it out.
	Default any
}

// AddProject adds (or replaces the representation of) project key.
func (s *Server) AddProject(key, name string) error {
	return s.AddProjectJSON(fmt.Appendf(nil, `{"key":%q,"name":%q}`, key, name))
}

// AddProjectJSON adds a project from its JSON representation (as
// GET /api/v2/projects/{key} returns it), filling in missing required
// fields. Environments embedded in it (environments.items) are added too.
// Re-adding a project replaces its representation and keeps its contents.
func (s *Server) AddProjectJSON(data []byte) error {
	objs, err := parseObjects(data)
	if err != nil || len(objs) != 1 {
		return fmt.Errorf("ldfake: project JSON: want one object (%v)", err)
	}
	o := objs[0]
	key, err := o.key("project")
	if err != nil {
		return err
	}
	var embedded struct {
		Items json.RawMessage `json:"items"`
	}
	_ = json.Unmarshal(o["environments"], &embedded)
	o = o.without("environments") // shown only with expand=environments
	o.setDefault("_id", fakeID("project", key))
	o.setDefault("_links", map[string]link{
		"self":         jsonLink("/api/v2/projects/" + key),
		"environments": jsonLink("/api/v2/projects/" + key + "/environments"),
	})
	o.setDefault("name", key)
	o.setDefault("tags", []string{})
	o.setDefault("includeInSnippetByDefault", false)
	o.setDefault("defaultClientSideAvailability", map[string]bool{"usingEnvironmentId": false, "usingMobileKey": false})

	s.mu.Lock()
	if p := s.project(key); p != nil {
		p.body = o.encode()
	} else {
		s.projects = append(s.projects, &project{key: key, body: o.encode(), index: map[string]int{}})
	}
	s.mu.Unlock()
	if embedded.Items != nil {
		return s.AddEnvironmentsJSON(key, embedded.Items)
	}
	return nil
}

// AddEnvironment adds environment key to project.
func (s *Server) AddEnvironment(project, key, name string) error {
	return s.AddEnvironmentsJSON(project, fmt.Appendf(nil, `{"key":%q,"name":%q}`, key, name))
}

// AddEnvironmentsJSON adds environments to project from JSON: one
// environment, an array of them or an Environments page. Missing required
// fields are filled in; an environment that exists is replaced.
func (s *Server) AddEnvironmentsJSON(projectKey string, data []byte) error {
	return s.seed(projectKey, "environments", data, func(p *project, o object) error {
		key, err := o.key("environment")
		if err != nil {
			return err
		}
		o.setDefault("_id", fakeID("environment", projectKey, key))
		o.setDefault("_links", map[string]link{
			"self": jsonLink("/api/v2/projects/" + projectKey + "/environments/" + key),
		})
		o.setDefault("name", key)
		o.setDefault("apiKey", "sdk-fake-"+fakeID("sdk", projectKey, key))
		o.setDefault("mobileKey", "mob-fake-"+fakeID("mob", projectKey, key))
		o.setDefault("color", "7B42BC")
		o.setDefault("tags", []string{})
		for _, name := range []string{"confirmChanges", "critical", "defaultTrackEvents", "requireComments", "secureMode"} {
			o.setDefault(name, false)
		}
		o.setDefault("defaultTtl", 0)
		env := &environment{key: key, name: o.str("name"), body: o.encode(), statuses: map[string]FlagStatus{}, pending: map[string]PendingChange{}}
		if i := slices.IndexFunc(p.envs, func(e *environment) bool { return e.key == key }); i >= 0 {
			old := p.envs[i]
			env.segments, env.statuses, env.approvalsRequired, env.pending = old.segments, old.statuses, old.approvalsRequired, old.pending
			p.envs[i] = env
		} else {
			p.envs = append(p.envs, env)
		}
		return nil
	})
}

// AddFlagsJSON adds flags to project from JSON: one flag, an array of them
// or a FeatureFlags page, as the flags list returns them (with summary=0 to
// carry targeting). Missing required fields are filled in; environments a
// flag carries no configuration for get a default one (off, serving its
// first variation). A flag that exists is replaced.
func (s *Server) AddFlagsJSON(projectKey string, data []byte) error {
	return s.seed(projectKey, "flags", data, func(p *project, o object) error {
		f, err := newFlag(p, o)
		if err != nil {
			return err
		}
		if i, ok := p.index[f.key]; ok {
			p.flags[i] = f
		} else {
			p.index[f.key] = len(p.flags)
			p.flags = append(p.flags, f)
		}
		return nil
	})
}

// AddSegmentsJSON adds segments to environment env of project from JSON: one
// segment, an array of them or a segments page. Missing required fields are
// filled in; a segment that exists is replaced.
func (s *Server) AddSegmentsJSON(projectKey, env string, data []byte) error {
	return s.seed(projectKey, "segments", data, func(p *project, o object) error {
		e, err := p.environment(env)
		if err != nil {
			return err
		}
		key, err := o.key("segment")
		if err != nil {
			return err
		}
		base := "/api/v2/segments/" + projectKey + "/" + env
		o.setDefault("_links", map[string]link{"parent": jsonLink(base), "self": jsonLink(base + "/" + key)})
		o.setDefault("name", key)
		o.setDefault("tags", []string{})
		o.setDefault("creationDate", seedEpoch)
		o.setDefault("lastModifiedDate", seedEpoch)
		o.setDefault("version", 1)
		o.setDefault("generation", 1)
		o.setDefault("deleted", false)
		o.setDefault("rules", []any{})
		o.setDefault("included", []string{})
		o.setDefault("excluded", []string{})
		seg := &segment{key: key, body: o.encode()}
		if i := slices.IndexFunc(e.segments, func(g *segment) bool { return g.key == key }); i >= 0 {
			e.segments[i] = seg
		} else {
			e.segments = append(e.segments, seg)
		}
		return nil
	})
}

// seed parses data as objects of kind what and hands each to add, with
// s.mu held and project projectKey found.
func (s *Server) seed(projectKey, what string, data []byte, add func(*project, object) error) error {
	objs, err := parseObjects(data)
	if err != nil {
		return fmt.Errorf("ldfake: %s JSON: %w", what, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.project(projectKey)
	if p == nil {
		return fmt.Errorf("ldfake: unknown project %q", projectKey)
	}
	for _, o := range objs {
		if err := add(p, o); err != nil {
			return err
		}
	}
	return nil
}

// SetFlagStatus sets the status of flag in environment env of project.
// Flags without one report "new" and no lastRequested.
func (s *Server) SetFlagStatus(projectKey, env, flagKey string, st FlagStatus) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.environment(projectKey, env)
	if err != nil {
		return err
	}
	e.statuses[flagKey] = st
	return nil
}

// SetApprovalsRequired switches whether environment env of project
// requires approvals, which makes every flag PATCH there fail with 405
// method_not_allowed and change nothing.
func (s *Server) SetApprovalsRequired(projectKey, env string, required bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.environment(projectKey, env)
	if err != nil {
		return err
	}
	e.approvalsRequired = required
	return nil
}

// LoadFixtures seeds the real API responses in dir (FixturesDir; see
// testdata/README.md): project "default" with its embedded environments and
// the segments of its "test" environment; project "test-project-key" with
// the paged environments and the full flags list; project "another-project"
// with its environments.
func (s *Server) LoadFixtures(dir string) error {
	steps := []struct {
		file string
		load func([]byte) error
	}{
		{"getProject.json", s.AddProjectJSON},
		{"get_segments.json", func(b []byte) error { return s.AddSegmentsJSON("default", "test", b) }},
		{"", func([]byte) error { return s.AddProject("test-project-key", "Test project") }},
		{"getEnvironmentsByProject_1.json", func(b []byte) error { return s.AddEnvironmentsJSON("test-project-key", b) }},
		{"getEnvironmentsByProject_2.json", func(b []byte) error { return s.AddEnvironmentsJSON("test-project-key", b) }},
		{"get_flags.json", func(b []byte) error { return s.AddFlagsJSON("test-project-key", b) }},
		{"", func([]byte) error { return s.AddProject("another-project", "Another project") }},
		{"get_environments.json", func(b []byte) error { return s.AddEnvironmentsJSON("another-project", b) }},
	}
	for _, step := range steps {
		var data []byte
		if step.file != "" {
			var err error
			if data, err = os.ReadFile(filepath.Join(dir, step.file)); err != nil {
				return fmt.Errorf("ldfake: load fixtures: %w", err)
			}
		}
		if err := step.load(data); err != nil {
			return fmt.Errorf("ldfake: load fixture %s: %w", step.file, err)
		}
	}
	return nil
}

// fixturesPath is where the real API responses lie, from the repository
// root: beside this package, in testdata (see its README.md for their
// source and licence).
var fixturesPath = filepath.Join("backend", "provider", "launchdarkly", "ldfake", "testdata", "fixtures")

// FixturesDir finds the real API responses for tests: it walks up from the
// working directory to the repository root (the folder with go.mod) and
// returns the fixtures folder in this package's testdata, so that tests of
// any package of the repository find the same files and read nothing
// outside it.
func FixturesDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, fixturesPath), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("ldfake: no go.mod above the working directory")
		}
		dir = parent
	}
}

// project returns the project with key, or nil. s.mu must be held.
func (s *Server) project(key string) *project {
	i := slices.IndexFunc(s.projects, func(p *project) bool { return p.key == key })
	if i < 0 {
		return nil
	}
	return s.projects[i]
}

// environment returns environment env of project. s.mu must be held.
func (s *Server) environment(projectKey, env string) (*environment, error) {
	p := s.project(projectKey)
	if p == nil {
		return nil, fmt.Errorf("ldfake: unknown project %q", projectKey)
	}
	return p.environment(env)
}

// environment returns the environment with key, or an error naming it.
func (p *project) environment(key string) (*environment, error) {
	if e := p.env(key); e != nil {
		return e, nil
	}
	return nil, fmt.Errorf("ldfake: unknown environment %q in project %q", key, p.key)
}

// env returns the environment with key, or nil.
func (p *project) env(key string) *environment {
	i := slices.IndexFunc(p.envs, func(e *environment) bool { return e.key == key })
	if i < 0 {
		return nil
	}
	return p.envs[i]
}
