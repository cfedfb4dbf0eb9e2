package launchdarkly

import (
	"context"
	"fmt"
	"strings"

	"rolloutdesk/backend/provider/transport"
)

// smallPage is the page size for projects, environments and segments: the
// documented default, which every API version accepts.
const smallPage = 20

// Projects lists every project the token can read.
func (c *Client) Projects(ctx context.Context) ([]Project, error) {
	l := listing{
		call:     transport.Call{Name: "list projects"},
		segments: []string{"projects"},
		limit:    smallPage,
	}
	return collect(ctx, c, l, nil, keep[Project])
}

// Project gets one project by key.
func (c *Client) Project(ctx context.Context, key string) (Project, error) {
	call := transport.Call{Name: fmt.Sprintf("get project %q", key), NotFound: projectNoun(key)}
	return getJSON[Project](ctx, c, call, c.endpoint(nil, "projects", key))
}

// Environments lists the environments of project.
func (c *Client) Environments(ctx context.Context, project string) ([]Environment, error) {
	return c.environments(ctx, project, nil)
}

func (c *Client) environments(ctx context.Context, project string, prog *transport.Progress) ([]Environment, error) {
	l := listing{
		call: transport.Call{
			Name:     fmt.Sprintf("list environments of project %q", project),
			NotFound: projectNoun(project),
		},
		segments: []string{"projects", project, "environments"},
		limit:    smallPage,
	}
	return collect(ctx, c, l, prog, keep[Environment])
}

// projectNoun is what a 404 on a project-scoped call means.
func projectNoun(project string) string { return fmt.Sprintf("project %q", project) }

// envNoun is what a 404 on an environment-scoped call means.
func envNoun(project, env string) string {
	return fmt.Sprintf("project %q or environment %q", project, env)
}

// flagNoun is what a 404 on a flag-scoped call means: the flag, or the
// project or one of envs it is looked up in.
func flagNoun(project, key string, envs ...string) string {
	where := projectNoun(project)
	if len(envs) > 0 {
		where += " or environment " + strings.Join(envs, ", ")
	}
	return fmt.Sprintf("flag %q (or %s)", key, where)
}
