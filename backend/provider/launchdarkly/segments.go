package launchdarkly

import (
	"context"
	"fmt"

	"rolloutdesk/backend/provider/transport"
)

// Segments lists the segments of project in env. Segment lists may carry no
// next links, so they are paged by offset until their totalCount is reached
// (without one, until a short page).
func (c *Client) Segments(ctx context.Context, project, env string) ([]Segment, error) {
	l := listing{
		call: transport.Call{
			Name:     fmt.Sprintf("list segments of project %q in %s", project, env),
			NotFound: envNoun(project, env),
		},
		segments:     []string{"segments", project, env},
		limit:        smallPage,
		offsetPaging: true,
	}
	return collect(ctx, c, l, nil, keep[Segment])
}
