package split

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

var _ provider.Source = (*Client)(nil)

// Name returns provider.Split.
func (c *Client) Name() string { return provider.Split }

// Fetch reads every flag definition in the environments of scope:
// scope.Project is a workspace id or name, scope.Environments are ids or
// case-sensitive names (none means every environment, or with
// Options.EnvironmentIDs those). It lists the workspaces and environments
// afresh, unless Options name them by id. Environments and pages are read
// concurrently under the transport's bound. It returns the whole state or
// an error, never part of it, and reports pages done.
func (c *Client) Fetch(ctx context.Context, scope provider.Scope, report provider.ProgressFunc) ([]provider.FlagState, error) {
	states, err := c.fetch(ctx, scope, transport.NewProgress(report))
	if err != nil {
		return nil, fmt.Errorf("split: %w", err)
	}
	return states, nil
}

func (c *Client) fetch(ctx context.Context, scope provider.Scope, prog *transport.Progress) ([]provider.FlagState, error) {
	ws, err := c.resolveWorkspace(ctx, scope.Project, true, prog)
	if err != nil {
		return nil, err
	}
	envs, err := c.resolveEnvironments(ctx, ws, scope.Environments, true, prog)
	if err != nil {
		return nil, err
	}
	perEnv := make([][]Definition, len(envs))
	g, gctx := errgroup.WithContext(ctx)
	for i, env := range envs {
		g.Go(func() error {
			defs, err := c.definitions(gctx, ws, env, prog)
			perEnv[i] = defs
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	total := 0
	for _, defs := range perEnv {
		total += len(defs)
	}
	states := make([]provider.FlagState, 0, total)
	// An environment asked for by id and by name, which only its
	// definitions reveal when it was not looked up, is kept once.
	seen := map[string]bool{}
	for i, env := range envs {
		if len(perEnv[i]) > 0 {
			env = reportedEnvironment(env, perEnv[i][0])
		}
		if seen[env.ID] {
			continue
		}
		seen[env.ID] = true
		for _, d := range perEnv[i] {
			states = append(states, normalize(ws, env, d))
		}
	}
	return states, nil
}
