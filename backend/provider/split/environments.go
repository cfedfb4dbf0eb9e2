package split

import (
	"context"
	"fmt"

	"rolloutdesk/backend/provider/transport"
)

// Environments lists the environments of ws. The API answers a bare array,
// without paging. It needs an admin role.
func (c *Client) Environments(ctx context.Context, ws Workspace) ([]Environment, error) {
	call := transport.Call{
		Name:       fmt.Sprintf("list environments of workspace %q", ws.Name),
		NotFound:   fmt.Sprintf("workspace %q", ws.Name),
		Idempotent: true,
	}
	return getJSON[[]Environment](ctx, c, call, escapePath("environments", "ws", ws.ID), nil)
}

// selectEnvironments picks the environments named by id or exact
// (case-sensitive) name in wanted, each once, in the order asked; none
// wanted means all. An unknown one is an error listing the known names.
func selectEnvironments(ws Workspace, all []Environment, wanted []string) ([]Environment, error) {
	if len(wanted) == 0 {
		return all, nil
	}
	var picked []Environment
	seen := map[string]bool{}
	for _, w := range wanted {
		env, ok := findByIDOrName(all, w)
		if !ok {
			return nil, fmt.Errorf("unknown environment %q in workspace %q; known environments: %s", w, ws.Name, knownNames(all))
		}
		if !seen[env.ID] {
			seen[env.ID] = true
			picked = append(picked, env)
		}
	}
	return picked, nil
}
