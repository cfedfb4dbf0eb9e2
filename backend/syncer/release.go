package syncer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
)

// ReleaseOutcome is a sync of every connection a release's flags come
// from: the run of each, and the drift verdicts they changed together.
type ReleaseOutcome struct {
	Runs         []domain.SyncRun
	DriftChanges []drift.Change
}

// SyncRelease syncs, one after the other, every saved connection a
// release's linked flags come from (same provider and project). obs hears
// each sync as Sync reports it. It stops at the first failure, returning
// what finished before it.
func (s *Service) SyncRelease(ctx context.Context, release string, obs Observer) (ReleaseOutcome, error) {
	names, err := s.releaseConnections(ctx, release)
	if err != nil {
		return ReleaseOutcome{}, err
	}
	var out ReleaseOutcome
	var batches [][]drift.Change
	for _, name := range names {
		res, err := s.Sync(ctx, Request{Connection: name}, obs)
		batches = append(batches, res.DriftChanges)
		out.DriftChanges = mergeChanges(batches)
		if err != nil {
			return out, fmt.Errorf("sync of %s for release %s: %w", name, release, err)
		}
		out.Runs = append(out.Runs, res.Run)
	}
	return out, nil
}

// releaseConnections names the saved connections release's links come
// from, in the order connections are listed.
func (s *Service) releaseConnections(ctx context.Context, release string) ([]string, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, fmt.Errorf("sync release %s: %w", release, err)
	}
	if len(plan.Links) == 0 {
		return nil, fmt.Errorf("release %s links no flags, so there is nothing to sync: link a flag on the release page first", release)
	}
	conns, err := s.Connections.List(ctx)
	if err != nil {
		return nil, fmt.Errorf("sync release %s: %w", release, err)
	}
	var names []string
	for _, c := range conns {
		if slices.ContainsFunc(plan.Links, func(l domain.FlagLink) bool { return l.Provider == c.Provider && l.Project == c.Project }) {
			names = append(names, c.Name)
		}
	}
	if len(names) == 0 {
		return nil, errors.New(noConnection(release, plan.Links))
	}
	return names, nil
}

// noConnection says which connections a release needs and has none of.
func noConnection(release string, links []domain.FlagLink) string {
	var wanted []string
	for _, l := range links {
		w := fmt.Sprintf("%s project %q", l.Provider, l.Project)
		if !slices.Contains(wanted, w) {
			wanted = append(wanted, w)
		}
	}
	return fmt.Sprintf("no saved connection reads the flags of release %s (%s): add one in Settings → Connections", release, strings.Join(wanted, ", "))
}

// mergeChanges joins the drift changes of several syncs: a flag changed by
// more than one keeps its latest verdict and its first "before".
func mergeChanges(batches [][]drift.Change) []drift.Change {
	var out []drift.Change
	type key struct {
		release string
		flag    provider.ID
	}
	at := map[key]int{}
	for _, batch := range batches {
		for _, c := range batch {
			id := key{c.Release, provider.ID{Provider: c.Flag.Provider, Project: c.Flag.Project, Environment: c.Flag.Environment, Key: c.Flag.Key}}
			if i, ok := at[id]; ok {
				c.Before = out[i].Before
				out[i] = c
				continue
			}
			at[id] = len(out)
			out = append(out, c)
		}
	}
	return out
}
