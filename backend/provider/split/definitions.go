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

// Definition gets the definition of flag in env of ws.
func (c *Client) Definition(ctx context.Context, ws Workspace, env Environment, flag string) (Definition, error) {
	call := transport.Call{
		Name:       fmt.Sprintf("get definition of %s in %s/%s", flag, ws.Name, env.Name),
		NotFound:   definitionNoun(ws, env, flag),
		Idempotent: true,
	}
	return getJSON[Definition](ctx, c, call, definitionPath(ws, env, flag), nil)
}

// definitionPath is the path of flag's definition in env of ws; kill,
// restore and the like are below it.
func definitionPath(ws Workspace, env Environment, flag string, below ...string) string {
	return escapePath(append([]string{"splits", "ws", ws.ID, flag, "environments", env.ID}, below...)...)
}

// definitionNoun is what a 404 on a call about flag in env of ws means.
func definitionNoun(ws Workspace, env Environment, flag string) string {
	return fmt.Sprintf("flag %q in %s/%s", flag, ws.Name, env.Name)
}
