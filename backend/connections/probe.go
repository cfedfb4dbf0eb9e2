package connections

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/launchdarkly"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/secrets"
)

// probeTimeout bounds a connection test.
const probeTimeout = 30 * time.Second

// Test reaches the provider with the connection's settings and token (the
// given one, else the stored one) and describes what it found. It gives up
// after 30 seconds.
func (s *Service) Test(ctx context.Context, c domain.Connection, token string) (string, error) {
	if err := c.Validate(); err != nil {
		return "", err
	}
	if token == "" {
		var err error
		if token, _, err = s.Secrets.Token(c.Provider, c.Name); err != nil {
			return "", err
		}
	} else if err := secrets.ValidateToken(c.Provider, token); err != nil {
		return "", err
	}
	src, err := s.client(domain.Target{Connection: c}, token)
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	var project string
	var envs []string
	switch client := src.(type) {
	case *launchdarkly.Client:
		p, err := client.Project(ctx, c.Project)
		if err != nil {
			return "", err
		}
		list, err := client.Environments(ctx, p.Key)
		if err != nil {
			return "", err
		}
		project = fmt.Sprintf("LaunchDarkly project %q (%s)", p.Key, p.Name)
		for _, e := range list {
			envs = append(envs, e.Key)
		}
	case *split.Client:
		if c.WorkspaceID != "" && len(c.EnvironmentIDs) > 0 {
			return probeSplitByIDs(ctx, client, c)
		}
		ws, err := client.FindWorkspace(ctx, c.Project)
		if err != nil {
			return "", err
		}
		list, err := client.Environments(ctx, ws)
		if err != nil {
			return "", err
		}
		project = fmt.Sprintf("Split workspace %q", ws.Name)
		for _, e := range list {
			envs = append(envs, e.Name)
		}
	}
	for _, want := range c.Environments {
		if !slices.Contains(envs, want) {
			return "", fmt.Errorf("connected to %s, but it has no environment %q; it has %s", project, want, strings.Join(envs, ", "))
		}
	}
	return fmt.Sprintf("Connected to %s with %d environments: %s.", project, len(envs), strings.Join(envs, ", ")), nil
}

// probeSplitByIDs tests a Split connection that names its workspace and
// environments by id the way its syncs will run: reading the definitions,
// with no admin-only listing, so a flags-only key passes as it should.
func probeSplitByIDs(ctx context.Context, client *split.Client, c domain.Connection) (string, error) {
	states, err := client.Fetch(ctx, provider.Scope{Project: c.Project, Environments: c.Environments}, nil)
	if err != nil {
		return "", err
	}
	perEnv := map[string]int{}
	for _, st := range states {
		perEnv[st.Environment]++
	}
	envs := slices.Sorted(maps.Keys(perEnv))
	counts := make([]string, len(envs))
	for i, e := range envs {
		counts[i] = fmt.Sprintf("%s (%d flags)", e, perEnv[e])
	}
	if len(envs) == 0 {
		return fmt.Sprintf("Connected to Split workspace %s by id; its environments %s hold no flags yet.", c.WorkspaceID, strings.Join(c.EnvironmentIDs, ", ")), nil
	}
	return fmt.Sprintf("Connected to Split workspace %s by id, without admin-only listings: %s.", c.WorkspaceID, strings.Join(counts, ", ")), nil
}
