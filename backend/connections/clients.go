package connections

import (
	"cmp"
	"context"
	"fmt"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/launchdarkly"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/transport"
)

// Resolve finds the account for a provider project: the saved connection
// to it when there is one, else one built from the defaults (its token then
// comes from the environment), with o's fields over either when o is
// given.
func (s *Service) Resolve(ctx context.Context, providerName, project string, o *domain.ConnectionOverride) (domain.Target, error) {
	conns, err := s.Store.ListConnections(ctx)
	if err != nil {
		return domain.Target{}, err
	}
	t := domain.Target{Connection: domain.Connection{Name: providerName + "/" + project, Provider: providerName, Project: project}}
	for _, c := range conns {
		if c.Provider == providerName && c.Project == project {
			t.Connection = c
			break
		}
	}
	if o == nil {
		return t, nil
	}
	c := &t.Connection
	c.Environments = o.Environments
	if o.WorkspaceID != "" {
		c.WorkspaceID, c.EnvironmentIDs = o.WorkspaceID, o.EnvironmentIDs
	}
	c.BaseURL = cmp.Or(o.BaseURL, c.BaseURL)
	if o.APIKeyAuth {
		c.Auth = domain.AuthAPIKey
	}
	t.MaxInFlight = o.MaxInFlight
	return t, nil
}

// Source builds the provider.Source for a target, reading its token from
// the environment or the keyring.
func (s *Service) Source(ctx context.Context, t domain.Target) (provider.Source, error) {
	c := t.Connection
	if c.Provider == provider.Demo {
		return s.demoSource(ctx)
	}
	token, _, err := s.Secrets.Token(c.Provider, c.Name)
	if err != nil {
		return nil, err
	}
	return s.client(t, token)
}

// Writer returns the provider writer for a provider project's account,
// as Resolve finds it.
func (s *Service) Writer(ctx context.Context, providerName, project string, o *domain.ConnectionOverride) (provider.Writer, error) {
	t, err := s.Resolve(ctx, providerName, project, o)
	if err != nil {
		return nil, err
	}
	if providerName == provider.Demo {
		src, err := s.demoSource(ctx)
		if err != nil {
			return nil, err
		}
		return demo.Writer{Source: src, Settings: s.Store}, nil
	}
	src, err := s.Source(ctx, t)
	if err != nil {
		return nil, err
	}
	writer, ok := src.(provider.Writer)
	if !ok {
		return nil, fmt.Errorf("%s flags cannot be changed from Rollout Desk", providerName)
	}
	return writer, nil
}

// LinkWriter returns the provider writer for the account a linked flag
// lives in.
func (s *Service) LinkWriter(ctx context.Context, link domain.FlagLink) (provider.Writer, error) {
	return s.Writer(ctx, link.Provider, link.Project, nil)
}

// UsageReader returns the evaluation-usage reader of the account a linked
// flag lives in; an error wrapping provider.ErrUsageUnavailable when its
// provider has none.
func (s *Service) UsageReader(ctx context.Context, link domain.FlagLink) (provider.UsageReader, error) {
	t, err := s.Resolve(ctx, link.Provider, link.Project, nil)
	if err != nil {
		return nil, err
	}
	src, err := s.Source(ctx, t)
	if err != nil {
		return nil, err
	}
	reader, ok := src.(provider.UsageReader)
	if !ok {
		return nil, fmt.Errorf("%s: %w: it reports no evaluation counts", link.Provider, provider.ErrUsageUnavailable)
	}
	return reader, nil
}

// demoSource is the demo provider for this workspace, anchored at the
// moment the demo was loaded.
func (s *Service) demoSource(ctx context.Context) (demo.Source, error) {
	plan, err := s.Store.GetPlan(ctx, demo.ReleaseKey)
	if err != nil {
		return demo.Source{}, fmt.Errorf("demo provider: %w", err)
	}
	overrides, err := demo.LoadOverrides(ctx, s.Store)
	if err != nil {
		return demo.Source{}, err
	}
	return demo.Source{Anchor: plan.Release.CreatedAt, Now: s.Now, Overrides: overrides}, nil
}

// client builds a LaunchDarkly or Split client for t with token.
func (s *Service) client(t domain.Target, token string) (provider.Source, error) {
	c := t.Connection
	opts := transport.Options{MaxInFlight: t.MaxInFlight, Logger: s.Log}
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
