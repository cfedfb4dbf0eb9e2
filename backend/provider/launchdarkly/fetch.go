package launchdarkly

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

// ErrUnknownEnvironment is wrapped by Fetch's error when the scope names an
// environment the project does not have.
var ErrUnknownEnvironment = errors.New("unknown environment")

// Fetch reads every flag of scope.Project, live or archived, in each
// environment of the scope (all of the project's environments when the
// scope names none) and returns one FlagState per flag and environment, or
// an error and nothing.
//
// It lists the environments (which also checks the project and the scope),
// then concurrently reads the live flags and, apart, the archived ones
// (which LaunchDarkly lists only when asked), three environments per
// request, and the flag statuses of each environment, reporting each page
// to report. Prerequisites are named once every flag's variations are in.
func (c *Client) Fetch(ctx context.Context, scope provider.Scope, report provider.ProgressFunc) ([]provider.FlagState, error) {
	prog := transport.NewProgress(report)
	envs, err := c.scopeEnvironments(ctx, scope, prog)
	if err != nil {
		return nil, err
	}

	g, gctx := errgroup.WithContext(ctx)
	var listings []flagQuery
	for part := range slices.Chunk(envs, maxEnvsPerRequest) {
		listings = append(listings, flagQuery{part, false}, flagQuery{part, true})
	}
	groups := make([][]listedFlag, len(listings))
	for i, l := range listings {
		g.Go(func() (err error) {
			groups[i], err = collect(gctx, c, flagListing(scope.Project, l.envs, l.archived), prog, listedFlags(scope.Project, l.envs))
			return err
		})
	}
	statuses := make(map[string]map[string]FlagStatus, len(envs))
	perEnv := make([]map[string]FlagStatus, len(envs))
	for i, env := range envs {
		g.Go(func() (err error) {
			perEnv[i], err = c.statusesByKey(gctx, scope.Project, env, prog)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("fetch launchdarkly project %q: %w", scope.Project, err)
	}
	for i, env := range envs {
		statuses[env] = perEnv[i]
	}
	return merge(groups, statuses), nil
}

// flagQuery is one of the flag listings of a Fetch: its environments,
// and whether it lists the archived flags or the live ones.
type flagQuery struct {
	envs     []string
	archived bool
}

// listedFlag is a flag of a listing as Fetch keeps it: the display names of
// its variations and a draft of its state in each of the listing's
// environments.
type listedFlag struct {
	key    string
	names  []string
	drafts []draft
}

// merge joins the flags of each listing: it names their prerequisites from
// the variations of all of them, sets EvaluationStatus and LastEvaluated
// from statuses (env → flag key → status) and drops repeats, which
// concurrent paging can see if flags are created (or archived) while it
// runs.
func merge(groups [][]listedFlag, statuses map[string]map[string]FlagStatus) []provider.FlagState {
	catalog := variationCatalog{}
	n := 0
	for _, g := range groups {
		for _, f := range g {
			if _, ok := catalog[f.key]; !ok {
				catalog[f.key] = f.names
			}
			n += len(f.drafts)
		}
	}
	out := make([]provider.FlagState, 0, n)
	ids := make(map[provider.ID]struct{}, n)
	for _, g := range groups {
		for _, f := range g {
			for _, d := range f.drafts {
				s := d.named(catalog)
				if _, dup := ids[s.ID()]; dup {
					continue
				}
				ids[s.ID()] = struct{}{}
				if st, ok := statuses[s.Environment][s.Key]; ok {
					st.annotate(&s)
				}
				out = append(out, s)
			}
		}
	}
	return out
}

// scopeEnvironments lists the project's environments and returns the
// scope's (deduplicated, in the scope's order), or all of them when the
// scope names none.
func (c *Client) scopeEnvironments(ctx context.Context, scope provider.Scope, prog *transport.Progress) ([]string, error) {
	all, err := c.environments(ctx, scope.Project, prog)
	if err != nil {
		return nil, err
	}
	known := make([]string, len(all))
	for i, e := range all {
		known[i] = e.Key
	}
	if len(scope.Environments) == 0 {
		return known, nil
	}
	var envs []string
	for _, env := range scope.Environments {
		if !slices.Contains(known, env) {
			return nil, fmt.Errorf("%w %q in launchdarkly project %q; its environments are: %s",
				ErrUnknownEnvironment, env, scope.Project, strings.Join(known, ", "))
		}
		if !slices.Contains(envs, env) {
			envs = append(envs, env)
		}
	}
	return envs, nil
}

// listedFlags returns the conversion of a page of flags listed with envs
// into listedFlags, with their drafts in the order of envs.
func listedFlags(project string, envs []string) func([]Flag) ([]listedFlag, error) {
	return func(flags []Flag) ([]listedFlag, error) {
		out := make([]listedFlag, len(flags))
		for i := range flags {
			f := &flags[i]
			out[i] = listedFlag{key: f.Key, names: variationNames(f.Variations), drafts: make([]draft, len(envs))}
			for j, env := range envs {
				cfg, ok := f.Environments[env]
				if !ok {
					return nil, fmt.Errorf("flag %q came without its configuration in %s", f.Key, env)
				}
				out[i].drafts[j] = normalize(project, env, f, &cfg, out[i].names)
			}
		}
		return out, nil
	}
}

// statusesByKey maps each flag key of project to the flag's evaluation
// status in env; a status whose parent link names no flag is left out.
func (c *Client) statusesByKey(ctx context.Context, project, env string, prog *transport.Progress) (map[string]FlagStatus, error) {
	statuses, err := c.flagStatuses(ctx, project, env, prog)
	if err != nil {
		return nil, err
	}
	out := make(map[string]FlagStatus, len(statuses))
	for _, s := range statuses {
		if key := s.FlagKey(); key != "" {
			out[key] = s
		}
	}
	return out, nil
}
