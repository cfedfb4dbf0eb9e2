package workspace

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/launchdarkly"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/secrets"
)

// ValidateConnection checks a connection's fields, naming the field and the
// fix for each problem.
func ValidateConnection(c domain.Connection) error {
	var problems []string
	if strings.TrimSpace(c.Name) == "" {
		problems = append(problems, "name: give the connection a name")
	}
	if c.Provider != provider.LaunchDarkly && c.Provider != provider.Split {
		problems = append(problems, fmt.Sprintf("provider: %q is not launchdarkly or split", c.Provider))
	}
	if strings.TrimSpace(c.Project) == "" {
		problems = append(problems, "project: name the LaunchDarkly project key or Split workspace")
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			problems = append(problems, fmt.Sprintf("base URL: %q is not an http(s) address such as %s", c.BaseURL, DefaultBaseURL[c.Provider]))
		}
	}
	if c.Auth != "" && (c.Auth != domain.AuthAPIKey || c.Provider != provider.Split) {
		problems = append(problems, fmt.Sprintf("auth: %q applies only to Split connections", c.Auth))
	}
	if c.Provider != provider.Split && (c.WorkspaceID != "" || len(c.EnvironmentIDs) > 0) {
		problems = append(problems, "workspace and environment ids: these apply only to Split connections")
	}
	if len(c.EnvironmentIDs) > 0 && c.WorkspaceID == "" {
		problems = append(problems, "environment ids: give the workspace id too, or remove them")
	}
	if c.SyncEveryMinutes < 0 {
		problems = append(problems, "sync schedule: minutes cannot be negative (0 means manual)")
	}
	for _, e := range c.Environments {
		if strings.TrimSpace(e) == "" {
			problems = append(problems, "environments: remove the empty entry")
			break
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("connection %q: %s", c.Name, strings.Join(problems, "; "))
	}
	return nil
}

// SaveConnection validates and saves a connection; a non-empty token goes
// to the keyring first, so a token that cannot be stored saves nothing.
func (w *Workspace) SaveConnection(ctx context.Context, c domain.Connection, token string) error {
	if err := ValidateConnection(c); err != nil {
		return err
	}
	if token != "" {
		if err := w.Secrets.SetToken(c.Provider, c.Name, token); err != nil {
			return fmt.Errorf("save connection %q: %w", c.Name, err)
		}
	}
	if _, err := w.Store.SaveConnection(ctx, c); err != nil {
		return err
	}
	return w.Audit(ctx, "connection.save", "", fmt.Sprintf("Saved %s connection %q (%s)", c.Provider, c.Name, c.Project))
}

// DeleteConnection removes a connection and its stored token. Its synced
// flag history stays.
func (w *Workspace) DeleteConnection(ctx context.Context, name string) error {
	c, err := w.Connection(ctx, name)
	if err != nil {
		return err
	}
	if c.Demo {
		return errors.New("the demo connection goes with the demo: use Remove demo")
	}
	if w.Secrets.Store != nil {
		if err := w.Secrets.Store.Delete(secrets.ConnectionAccount(name)); err != nil && !errors.Is(err, secrets.ErrNoKeyring) {
			return fmt.Errorf("delete connection %q: %w", name, err)
		}
	}
	if err := w.Store.DeleteConnection(ctx, name); err != nil {
		return err
	}
	return w.Audit(ctx, "connection.delete", "", fmt.Sprintf("Deleted connection %q", name))
}

// TokenStatus says where a connection's token would come from, or why there
// is none. It never carries the token.
func (w *Workspace) TokenStatus(c domain.Connection) string {
	if c.Provider == provider.Demo {
		return "not needed (offline demo)"
	}
	_, source, err := w.Secrets.Token(c.Provider, c.Name)
	if err != nil {
		return err.Error()
	}
	return string(source)
}

// TestConnection reaches the provider with the connection's settings and
// token (the given one, else the stored one) and describes what it found.
func (w *Workspace) TestConnection(ctx context.Context, c domain.Connection, token string) (string, error) {
	if err := ValidateConnection(c); err != nil {
		return "", err
	}
	if token == "" {
		var err error
		if token, _, err = w.Secrets.Token(c.Provider, c.Name); err != nil {
			return "", err
		}
	} else if err := secrets.ValidateToken(c.Provider, token); err != nil {
		return "", err
	}
	src, err := w.providerSource(Target{Connection: c}, token)
	if err != nil {
		return "", err
	}
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
			return testSplitByIDs(ctx, client, c)
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

// testSplitByIDs tests a Split connection that names its workspace and
// environments by id the way its syncs will run: reading the definitions,
// with no admin-only listing, so a flags-only key passes as it should.
func testSplitByIDs(ctx context.Context, client *split.Client, c domain.Connection) (string, error) {
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
