package launchdarkly

import (
	"context"
	"errors"
	"net/http"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

// variationCatalog holds the variation display names (variationNames) of
// flags by key, to name the variations prerequisites ask for. A key with
// nil names is a flag known to be missing.
type variationCatalog map[string][]string

// named is d's FlagState with its prerequisites, never nil, each naming the
// variation of the prerequisite flag that it asks for as in
// FlagState.Serving. A prerequisite flag that catalog lacks gets
// "variation N", as nameAt names an index a flag lacks.
func (d draft) named(catalog variationCatalog) provider.FlagState {
	s := d.state
	s.Prerequisites = make([]provider.Prerequisite, len(d.prerequisites))
	for i, p := range d.prerequisites {
		s.Prerequisites[i] = provider.Prerequisite{Key: p.Key, Variation: nameAt(catalog[p.Key], p.Variation)}
	}
	return s
}

// prerequisiteVariations reads the variation names of the flags of prereqs
// (of project, read with their configuration in env only, to keep the
// answers small). A flag that is not found goes into the catalog as
// missing.
func (c *Client) prerequisiteVariations(ctx context.Context, project, env string, prereqs []Prerequisite) (variationCatalog, error) {
	catalog := variationCatalog{}
	for _, p := range prereqs {
		if _, seen := catalog[p.Key]; seen {
			continue
		}
		f, err := c.Flag(ctx, project, p.Key, env)
		var he *transport.HTTPError
		switch {
		case errors.As(err, &he) && he.Status == http.StatusNotFound:
			catalog[p.Key] = nil
		case err != nil:
			return nil, err
		default:
			catalog[p.Key] = variationNames(f.Variations)
		}
	}
	return catalog, nil
}
