package launchdarkly

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"

	"rolloutdesk/backend/provider/transport"
)

const (
	// flagPage is the largest flags page API version 20240415 serves.
	flagPage = 100
	// maxEnvsPerRequest is how many env parameters one flags request may
	// carry.
	maxEnvsPerRequest = 3
)

// flagListing pages the full (summary=0) flags of project with their
// configuration in envs (at most maxEnvsPerRequest of them): the live ones,
// or, when archived, those that are archived, which LaunchDarkly lists only
// when asked with filter=state:archived.
func flagListing(project string, envs []string, archived bool) listing {
	which, query := "flags", url.Values{"summary": {"0"}, "env": envs}
	if archived {
		which = "archived flags"
		query.Set("filter", "state:archived")
	}
	return listing{
		call: transport.Call{
			Name:     fmt.Sprintf("list %s of project %q in %s", which, project, strings.Join(envs, ", ")),
			NotFound: fmt.Sprintf("project %q or one of environments %s", project, strings.Join(envs, ", ")),
		},
		segments: []string{"flags", project},
		query:    query,
		limit:    flagPage,
	}
}

// Flags lists the live (non-archived) flags of project with their full
// configuration in each of envs, which must not be empty. Environments are
// requested three at a time and merged into one Flag per key.
func (c *Client) Flags(ctx context.Context, project string, envs []string) ([]Flag, error) {
	if len(envs) == 0 {
		return nil, fmt.Errorf("list flags of project %q: no environments given", project)
	}
	var out []Flag
	index := map[string]int{}
	for part := range slices.Chunk(envs, maxEnvsPerRequest) {
		flags, err := collect(ctx, c, flagListing(project, part, false), nil, keep[Flag])
		if err != nil {
			return nil, err
		}
		for _, f := range flags {
			i, seen := index[f.Key]
			if !seen {
				index[f.Key] = len(out)
				out = append(out, f)
				continue
			}
			if out[i].Environments == nil {
				out[i].Environments = map[string]FlagConfig{}
			}
			maps.Copy(out[i].Environments, f.Environments)
		}
	}
	return out, nil
}

// Flag gets flag key of project in full, with its configuration in each of
// envs (in every environment when none is given).
func (c *Client) Flag(ctx context.Context, project, key string, envs ...string) (Flag, error) {
	call := transport.Call{
		Name:     fmt.Sprintf("get flag %q of project %q", key, project),
		NotFound: flagNoun(project, key, envs...),
	}
	return getJSON[Flag](ctx, c, call, c.endpoint(url.Values{"env": envs}, "flags", project, key))
}
