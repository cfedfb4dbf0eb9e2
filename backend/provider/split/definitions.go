package split

import (
	"context"
	"fmt"

	"rolloutdesk/backend/provider/transport"
)

// Definitions lists every flag definition in env of ws.
func (c *Client) Definitions(ctx context.Context, ws Workspace, env Environment) ([]Definition, error) {
	return c.definitions(ctx, ws, env, transport.NewProgress(nil))
}

func (c *Client) definitions(ctx context.Context, ws Workspace, env Environment, prog *transport.Progress) ([]Definition, error) {
	return listAll[Definition](ctx, c, listing{
		call:     fmt.Sprintf("list definitions %s/%s", ws.Name, env.Name),
		notFound: fmt.Sprintf("workspace %q or environment %q", ws.Name, env.Name),
		path:     escapePath("splits", "ws", ws.ID, "environments", env.ID),
		limit:    definitionPageSize,
	}, prog)
}
