package workspace

import (
	"context"
	"fmt"
	"slices"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// actor is who the audit log names for changes made in this workspace.
const actor = "local user"

// TargetFor returns the account to reach a provider project through: the
// saved connection for it when there is one (its name finds the keyring
// token), else one built from the defaults and the environment's token.
func (w *Workspace) TargetFor(ctx context.Context, providerName, project string) (Target, error) {
	conns, err := w.Store.ListConnections(ctx)
	if err != nil {
		return Target{}, err
	}
	for _, c := range conns {
		if c.Provider == providerName && c.Project == project {
			return Target{Connection: c}, nil
		}
	}
	return Target{Connection: domain.Connection{Name: providerName + "/" + project, Provider: providerName, Project: project}}, nil
}

// Writer returns the provider writer for a provider project.
func (w *Workspace) Writer(ctx context.Context, providerName, project string) (provider.Writer, error) {
	t, err := w.TargetFor(ctx, providerName, project)
	if err != nil {
		return nil, err
	}
	return w.WriterFor(ctx, t)
}

// WriterFor returns the provider writer for a target account.
func (w *Workspace) WriterFor(ctx context.Context, t Target) (provider.Writer, error) {
	if t.Connection.Provider == provider.Demo {
		src, err := w.DemoSource(ctx)
		if err != nil {
			return nil, err
		}
		return demo.Writer{Source: src, Settings: w.Store}, nil
	}
	src, err := w.Source(ctx, t)
	if err != nil {
		return nil, err
	}
	writer, ok := src.(provider.Writer)
	if !ok {
		return nil, fmt.Errorf("%s flags cannot be changed from Rollout Desk", t.Connection.Provider)
	}
	return writer, nil
}

func (w *Workspace) writerFor(ctx context.Context, link domain.FlagLink) (provider.Writer, error) {
	return w.Writer(ctx, link.Provider, link.Project)
}

func (w *Workspace) actions() *actions.Service {
	return &actions.Service{Store: w.Store, Now: w.Now, Actor: actor}
}

// Kill turns a flag off (on=false) or restores it (on=true) through its
// provider, then re-judges drift. release, when set, files the audit event
// under that release.
func (w *Workspace) Kill(ctx context.Context, writer provider.Writer, id provider.ID, on bool, comment, release string) (actions.Result, []DriftChange, error) {
	res, err := w.actions().Kill(ctx, writer, id, on, comment, release)
	if err != nil {
		return res, nil, err
	}
	changes, err := w.RecomputeDrift(ctx)
	return res, changes, err
}

// KillImpact says, from the latest synced state, what killing flag id does
// beyond the flag itself: the flags that require it, and whether it is a
// migration or archived flag.
func (w *Workspace) KillImpact(ctx context.Context, id provider.ID) (actions.KillImpact, error) {
	latest, err := w.Store.LatestFlags(ctx, store.FlagFilter{Provider: id.Provider, Project: id.Project, Environment: id.Environment})
	if err != nil {
		return actions.KillImpact{}, err
	}
	flag := provider.FlagState{Provider: id.Provider, Project: id.Project, Environment: id.Environment, Key: id.Key}
	if i := slices.IndexFunc(latest, func(f domain.StoredFlag) bool { return f.Key == id.Key }); i >= 0 {
		flag = latest[i].FlagState
	}
	return actions.AssessKill(flag, latest), nil
}

// ProposeMove previews advancing or rolling back a release: the phase that
// becomes active and each flag's new default rule. Nothing is written.
func (w *Workspace) ProposeMove(ctx context.Context, release string, dir actions.Direction) (actions.Proposal, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return actions.Proposal{}, err
	}
	return actions.Propose(ctx, plan, dir, w.writerFor)
}

// ApplyMove performs a previewed move, then re-judges drift.
func (w *Workspace) ApplyMove(ctx context.Context, m actions.Move) ([]actions.Result, []DriftChange, error) {
	plan, err := w.Store.GetPlan(ctx, m.Proposal.Release)
	if err != nil {
		return nil, nil, err
	}
	results, err := w.actions().Apply(ctx, plan, m, w.writerFor, w.Store)
	if err != nil {
		return results, nil, err
	}
	changes, err := w.RecomputeDrift(ctx)
	return results, changes, err
}
