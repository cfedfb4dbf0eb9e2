package workspace

import (
	"context"
	"fmt"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/launchdarkly"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/syncer"
)

// DefaultBaseURL is each provider's public API address.
var DefaultBaseURL = map[string]string{
	provider.LaunchDarkly: launchdarkly.DefaultBaseURL,
	provider.Split:        split.DefaultBaseURL,
}

// Target says which provider account to read and how: a saved connection,
// or the same fields given on the command line.
type Target struct {
	Connection domain.Connection
	// MaxInFlight bounds concurrent requests; 0 means the default (6).
	MaxInFlight int
}

// Source builds the provider.Source for a target, reading its token from the
// environment or the keyring.
func (w *Workspace) Source(ctx context.Context, t Target) (provider.Source, error) {
	c := t.Connection
	if c.Provider == provider.Demo {
		return w.DemoSource(ctx)
	}
	token, _, err := w.Secrets.Token(c.Provider, c.Name)
	if err != nil {
		return nil, err
	}
	return w.providerSource(t, token)
}

// providerSource builds a LaunchDarkly or Split client for t with token.
func (w *Workspace) providerSource(t Target, token string) (provider.Source, error) {
	c := t.Connection
	opts := transport.Options{MaxInFlight: t.MaxInFlight, Logger: w.Log}
	switch c.Provider {
	case provider.LaunchDarkly:
		return launchdarkly.New(token, launchdarkly.Options{BaseURL: c.BaseURL, Transport: opts})
	case provider.Split:
		auth := split.BearerAuth
		if c.Auth == domain.AuthAPIKey {
			auth = split.APIKeyAuth
		}
		return split.New(split.Options{BaseURL: c.BaseURL, Token: token, Auth: auth, Transport: opts,
			WorkspaceID: c.WorkspaceID, EnvironmentIDs: c.EnvironmentIDs})
	default:
		return nil, fmt.Errorf("connection %q: unknown provider %q (want %s or %s)", c.Name, c.Provider, provider.LaunchDarkly, provider.Split)
	}
}

// SyncOutcome is a finished sync and the drift verdicts it changed.
type SyncOutcome struct {
	syncer.Result
	DriftChanges []DriftChange
}

// Sync reads a target's flags into the store, then re-judges every release
// against the new state.
func (w *Workspace) Sync(ctx context.Context, t Target, report provider.ProgressFunc) (SyncOutcome, error) {
	src, err := w.Source(ctx, t)
	if err != nil {
		return SyncOutcome{}, err
	}
	s := syncer.Syncer{Store: w.Store, Log: w.Log, Now: w.Now}
	res, err := s.Run(ctx, src, provider.Scope{Project: t.Connection.Project, Environments: t.Connection.Environments}, report)
	if err != nil {
		return SyncOutcome{Result: res}, err
	}
	changes, err := w.RecomputeDrift(ctx)
	if err != nil {
		return SyncOutcome{Result: res}, fmt.Errorf("the sync was stored, but checking drift failed: %w", err)
	}
	return SyncOutcome{Result: res, DriftChanges: changes}, nil
}

// Connection returns the saved connection with this name.
func (w *Workspace) Connection(ctx context.Context, name string) (domain.Connection, error) {
	conns, err := w.Store.ListConnections(ctx)
	if err != nil {
		return domain.Connection{}, err
	}
	for _, c := range conns {
		if c.Name == name {
			return c, nil
		}
	}
	return domain.Connection{}, fmt.Errorf("no connection named %q", name)
}

// SyncConnection pulls the flag state of the named connection into the store.
func (w *Workspace) SyncConnection(ctx context.Context, name string, report provider.ProgressFunc) (SyncOutcome, error) {
	c, err := w.Connection(ctx, name)
	if err != nil {
		return SyncOutcome{}, err
	}
	return w.Sync(ctx, Target{Connection: c}, report)
}
