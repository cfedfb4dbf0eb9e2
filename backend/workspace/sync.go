package workspace

import (
	"context"
	"fmt"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/syncer"
)

// source returns the provider behind a connection.
func (w *Workspace) source(ctx context.Context, c domain.Connection) (provider.Source, error) {
	switch c.Provider {
	case provider.Demo:
		return w.DemoSource(ctx)
	default:
		return nil, fmt.Errorf("connection %q: provider %q is not supported by this build", c.Name, c.Provider)
	}
}

// SyncConnection pulls the flag state of the named connection into the store.
func (w *Workspace) SyncConnection(ctx context.Context, name string, report provider.ProgressFunc) (domain.SyncRun, error) {
	conns, err := w.Store.ListConnections(ctx)
	if err != nil {
		return domain.SyncRun{}, err
	}
	for _, c := range conns {
		if c.Name != name {
			continue
		}
		src, err := w.source(ctx, c)
		if err != nil {
			return domain.SyncRun{}, err
		}
		s := syncer.Syncer{Store: w.Store, Log: w.Log, Now: w.Now}
		return s.Run(ctx, src, provider.Scope{Project: c.Project, Environments: c.Environments}, report)
	}
	return domain.SyncRun{}, fmt.Errorf("no connection named %q", name)
}
