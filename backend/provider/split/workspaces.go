package split

import (
	"context"
	"fmt"

	"rolloutdesk/backend/provider/transport"
)

// Workspaces lists every workspace the token can see.
func (c *Client) Workspaces(ctx context.Context) ([]Workspace, error) {
	return c.workspaces(ctx, transport.NewProgress(nil))
}

func (c *Client) workspaces(ctx context.Context, prog *transport.Progress) ([]Workspace, error) {
	return listAll[Workspace](ctx, c, listing{
		call:  "list workspaces",
		path:  "/workspaces",
		limit: workspacePageSize,
	}, prog)
}

// FindWorkspace returns the workspace whose id, or else whose exact name,
// is idOrName. An unknown workspace is an error that lists the known names.
func (c *Client) FindWorkspace(ctx context.Context, idOrName string) (Workspace, error) {
	return c.findWorkspace(ctx, idOrName, transport.NewProgress(nil))
}

func (c *Client) findWorkspace(ctx context.Context, idOrName string, prog *transport.Progress) (Workspace, error) {
	all, err := c.workspaces(ctx, prog)
	if err != nil {
		return Workspace{}, err
	}
	ws, ok := findByIDOrName(all, idOrName)
	if !ok {
		return Workspace{}, fmt.Errorf("unknown workspace %q; known workspaces: %s", idOrName, knownNames(all))
	}
	return ws, nil
}
