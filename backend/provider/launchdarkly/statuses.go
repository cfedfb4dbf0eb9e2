package launchdarkly

import (
	"context"
	"fmt"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

// FlagStatuses gets the evaluation status of every flag of project in env.
// The list takes no limit or offset; should it ever link to a next page,
// that is followed too.
func (c *Client) FlagStatuses(ctx context.Context, project, env string) ([]FlagStatus, error) {
	return c.flagStatuses(ctx, project, env, nil)
}

func (c *Client) flagStatuses(ctx context.Context, project, env string, prog *transport.Progress) ([]FlagStatus, error) {
	l := listing{
		call: transport.Call{
			Name:     fmt.Sprintf("get flag statuses of project %q in %s", project, env),
			NotFound: envNoun(project, env),
		},
		segments: []string{"flag-statuses", project, env},
	}
	return collect(ctx, c, l, prog, keep[FlagStatus])
}

// FlagStatus gets the evaluation status of flag key of project in env.
func (c *Client) FlagStatus(ctx context.Context, project, env, key string) (FlagStatus, error) {
	call := transport.Call{
		Name:     fmt.Sprintf("get status of flag %q of project %q in %s", key, project, env),
		NotFound: flagNoun(project, key, env),
	}
	return getJSON[FlagStatus](ctx, c, call, c.endpoint(nil, "flag-statuses", project, env, key))
}

// annotate sets on st what s says of the flag's evaluations: its status
// name and when it was last evaluated.
func (s FlagStatus) annotate(st *provider.FlagState) {
	st.EvaluationStatus = s.Name
	st.LastEvaluated = s.lastEvaluated()
}
