package split

import (
	"context"
	"fmt"

	"rolloutdesk/backend/provider/transport"
)

// Segments lists the segments of env in ws.
func (c *Client) Segments(ctx context.Context, ws Workspace, env Environment) ([]Segment, error) {
	return listAll[Segment](ctx, c, listing{
		call:     fmt.Sprintf("list segments %s/%s", ws.Name, env.Name),
		notFound: fmt.Sprintf("workspace %q or environment %q", ws.Name, env.Name),
		path:     escapePath("segments", "ws", ws.ID, "environments", env.ID),
		limit:    segmentPageSize,
	}, transport.NewProgress(nil))
}
