package split

import (
	"cmp"
	"context"
	"fmt"

	"rolloutdesk/backend/provider/transport"
)

// resolveWorkspace returns the workspace project names. With
// Options.WorkspaceID it is that workspace, named project (or its id when
// project is empty), and nothing is read. Otherwise it is the workspace
// whose id, or else exact name, is project, in the workspace list: read
// afresh when fresh is set, else the list kept from before.
func (c *Client) resolveWorkspace(ctx context.Context, project string, fresh bool, prog *transport.Progress) (Workspace, error) {
	if c.workspaceID != "" {
		return Workspace{ID: c.workspaceID, Name: cmp.Or(project, c.workspaceID)}, nil
	}
	all, err := c.workspaces.get("", fresh, func() ([]Workspace, error) {
		return c.listWorkspaces(ctx, prog)
	})
	if err != nil {
		return Workspace{}, err
	}
	return pickWorkspace(all, project)
}

// resolveEnvironments returns the environments of ws that wanted names by
// id or exact name, each once, in the order asked; none wanted means all
// of them, or with Options.EnvironmentIDs those. With
// Options.EnvironmentIDs nothing is read: each is taken as given, for the
// API to resolve, and named as given until its definitions say its name.
// Otherwise they are picked from the environment list of ws: read afresh
// when fresh is set, else the list kept from before.
func (c *Client) resolveEnvironments(ctx context.Context, ws Workspace, wanted []string, fresh bool, prog *transport.Progress) ([]Environment, error) {
	if len(c.environmentIDs) > 0 {
		if len(wanted) == 0 {
			wanted = c.environmentIDs
		}
		given := make([]Environment, len(wanted))
		for i, w := range wanted {
			given[i] = Environment{ID: w, Name: w}
		}
		return selectEnvironments(ws, given, wanted)
	}
	all, err := c.environments.get(ws.ID, fresh, func() ([]Environment, error) {
		prog.Expect(1)
		envs, err := c.Environments(ctx, ws)
		if err == nil {
			prog.Done(fmt.Sprintf("list environments of workspace %q", ws.Name))
		}
		return envs, err
	})
	if err != nil {
		return nil, err
	}
	return selectEnvironments(ws, all, wanted)
}

// locate resolves workspace project and its environment env, each by id or
// exact name, through the lists kept from before where there are any.
func (c *Client) locate(ctx context.Context, project, env string) (Workspace, Environment, error) {
	ws, err := c.resolveWorkspace(ctx, project, false, nil)
	if err != nil {
		return Workspace{}, Environment{}, err
	}
	envs, err := c.resolveEnvironments(ctx, ws, []string{env}, false, nil)
	if err != nil {
		return Workspace{}, Environment{}, err
	}
	return ws, envs[0], nil
}

// reportedEnvironment is env with the id and name d reports for it, where
// d carries them: the API's own names for an environment asked for by id
// or name.
func reportedEnvironment(env Environment, d Definition) Environment {
	env.ID = cmp.Or(d.Environment.ID, env.ID)
	env.Name = cmp.Or(d.Environment.Name, env.Name)
	return env
}
