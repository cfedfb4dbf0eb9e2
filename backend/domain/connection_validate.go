package domain

import (
	"fmt"
	"net/url"
	"strings"

	"rolloutdesk/backend/provider"
)

// DefaultBaseURL is each provider's public API address. The provider
// clients use the same ones (a test in backend/connections keeps them
// equal); errors and help texts name them.
var DefaultBaseURL = map[string]string{
	provider.LaunchDarkly: "https://app.launchdarkly.com",
	provider.Split:        "https://api.split.io/internal/api/v2",
}

// Validate checks a connection's fields, naming the field and the fix for
// each problem.
func (c Connection) Validate() error {
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
	if c.Auth != "" && (c.Auth != AuthAPIKey || c.Provider != provider.Split) {
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
