// Package connections keeps the provider connections (LaunchDarkly and
// Split accounts; their tokens in the keyring) and is the one place that
// builds provider clients: a provider.Source to sync from and a
// provider.Writer to change flags through, for a saved connection, for the
// account a linked flag lives in, or for an account given on the command
// line.
package connections

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/secrets"
)

// Store is the part of the workspace store connections use.
type Store interface {
	ListConnections(ctx context.Context) ([]domain.Connection, error)
	SaveConnection(ctx context.Context, c domain.Connection) (int64, error)
	DeleteConnection(ctx context.Context, name string) error
	// GetPlan finds the demo release, whose creation anchors the demo
	// provider's story.
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	// Settings keep the demo provider's remembered flag changes.
	demo.Settings
}

// Service keeps the connections and builds their provider clients.
type Service struct {
	Store   Store
	Secrets secrets.Resolver
	Audit   *audit.Log
	Log     *slog.Logger
	Now     func() time.Time
}

// Info is a saved connection with where its token comes from.
type Info struct {
	domain.Connection
	// TokenStatus says where the token would come from, or why there is
	// none. It never carries the token.
	TokenStatus string
}

// List lists the saved connections.
func (s *Service) List(ctx context.Context) ([]domain.Connection, error) {
	return s.Store.ListConnections(ctx)
}

// ListWithTokens lists the saved connections with their token status.
func (s *Service) ListWithTokens(ctx context.Context) ([]Info, error) {
	conns, err := s.Store.ListConnections(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Info, len(conns))
	for i, c := range conns {
		out[i] = Info{Connection: c, TokenStatus: s.tokenStatus(c)}
	}
	return out, nil
}

// tokenStatus says where a connection's token would come from, or why
// there is none.
func (s *Service) tokenStatus(c domain.Connection) string {
	if c.Provider == provider.Demo {
		return "not needed (offline demo)"
	}
	_, source, err := s.Secrets.Token(c.Provider, c.Name)
	if err != nil {
		return err.Error()
	}
	return string(source)
}

// Get returns the saved connection with this name.
func (s *Service) Get(ctx context.Context, name string) (domain.Connection, error) {
	c, found, err := s.lookup(ctx, name)
	if err == nil && !found {
		err = fmt.Errorf("no connection named %q", name)
	}
	return c, err
}

// lookup finds the saved connection with this name, if there is one.
func (s *Service) lookup(ctx context.Context, name string) (domain.Connection, bool, error) {
	conns, err := s.Store.ListConnections(ctx)
	if err != nil {
		return domain.Connection{}, false, err
	}
	for _, c := range conns {
		if c.Name == name {
			return c, true, nil
		}
	}
	return domain.Connection{}, false, nil
}

// auditState is what the audit log shows of a connection before and after
// a change: its settings, never its token.
func auditState(c domain.Connection) map[string]any {
	return map[string]any{
		"provider": c.Provider, "base_url": c.BaseURL, "project": c.Project, "environments": listOf(c.Environments),
		"workspace_id": c.WorkspaceID, "environment_ids": listOf(c.EnvironmentIDs), "auth": c.Auth, "sync_every_minutes": c.SyncEveryMinutes,
	}
}

// listOf is l, empty rather than nil, so that a list not set reads the
// same before and after.
func listOf(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// record audits a change of the connection named name from before to after
// (nil when it did not exist, or no longer does).
func (s *Service) record(ctx context.Context, action, name, summary string, before, after map[string]any) error {
	e := domain.AuditEvent{Action: action, Subject: "connection " + name, Summary: summary}
	var err error
	if before != nil {
		if e.Before, err = audit.Snapshot(before); err != nil {
			return err
		}
	}
	if after != nil {
		if e.After, err = audit.Snapshot(after); err != nil {
			return err
		}
	}
	return s.Audit.Append(ctx, e)
}

// Save validates and saves a connection; a non-empty token goes to the
// keyring first, so a token that cannot be stored saves nothing. An empty
// token keeps the stored one.
func (s *Service) Save(ctx context.Context, c domain.Connection, token string) error {
	if err := c.Validate(); err != nil {
		return err
	}
	old, existed, err := s.lookup(ctx, c.Name)
	if err != nil {
		return err
	}
	if token != "" {
		if err := s.Secrets.SetToken(c.Provider, c.Name, token); err != nil {
			return fmt.Errorf("save connection %q: %w", c.Name, err)
		}
	}
	if _, err := s.Store.SaveConnection(ctx, c); err != nil {
		return err
	}
	var before map[string]any
	if existed {
		before = auditState(old)
	}
	after := auditState(c)
	if token != "" {
		after["token"] = "replaced"
	}
	summary := fmt.Sprintf("Saved %s connection %q (%s)", c.Provider, c.Name, c.Project)
	return s.record(ctx, "connection.save", c.Name, summary, before, after)
}

// Delete removes a connection and its stored token. Its synced flag
// history stays.
func (s *Service) Delete(ctx context.Context, name string) error {
	c, err := s.Get(ctx, name)
	if err != nil {
		return err
	}
	if c.Demo {
		return errors.New("the demo connection goes with the demo: use Remove demo")
	}
	if s.Secrets.Store != nil {
		if err := s.Secrets.Store.Delete(secrets.ConnectionAccount(name)); err != nil && !errors.Is(err, secrets.ErrNoKeyring) {
			return fmt.Errorf("delete connection %q: %w", name, err)
		}
	}
	if err := s.Store.DeleteConnection(ctx, name); err != nil {
		return err
	}
	return s.record(ctx, "connection.delete", name, fmt.Sprintf("Deleted connection %q", name), auditState(c), nil)
}
