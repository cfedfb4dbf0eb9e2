package split

import (
	"context"
	"fmt"

	"rolloutdesk/backend/provider/transport"
)

// Workspaces lists every workspace the token can see. It needs an admin
// role.
func (c *Client) Workspaces(ctx context.Context) ([]Workspace, error) {
	return c.listWorkspaces(ctx, transport.NewProgress(nil))
}

func (c *Client) listWorkspaces(ctx context.Context, prog *transport.Progress) ([]Workspace, error) {
	return listAll[Workspace](ctx, c, listing{
		call:  "list workspaces",
		path:  "/workspaces",
		limit: workspacePageSize,
	}, prog)
}

// FindWorkspace lists the workspaces and returns the one whose id, or else
// whose exact name, is idOrName. An unknown workspace is an error that
// lists the known names.
func (c *Client) FindWorkspace(ctx context.Context, idOrName string) (Workspace, error) {
	all, err := c.Workspaces(ctx)
	if err != nil {
		return Workspace{}, err
	}
	return pickWorkspace(all, idOrName)
}

// pickWorkspace returns the workspace of all whose id, or else exact name,
// is idOrName.
func pickWorkspace(all []Workspace, idOrName string) (Workspace, error) {
	ws, ok := findByIDOrName(all, idOrName)
	if !ok {
		return Workspace{}, fmt.Errorf("unknown workspace %q; known workspaces: %s", idOrName, knownNames(all))
	}
	return ws, nil
}
