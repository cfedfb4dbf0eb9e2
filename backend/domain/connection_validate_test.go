package domain

import (
	"strings"
	"testing"

	"rolloutdesk/backend/provider"
)

func TestConnectionValidate(t *testing.T) {
	ok := Connection{Name: "prod", Provider: provider.Split, Project: "Web Store", BaseURL: "https://api.split.io/internal/api/v2"}
	tests := []struct {
		name   string
		change func(*Connection)
		want   string
	}{
		{"valid", func(*Connection) {}, ""},
		{"no name", func(c *Connection) { c.Name = " " }, "name: give the connection a name"},
		{"demo provider", func(c *Connection) { c.Provider = provider.Demo }, `provider: "demo" is not launchdarkly or split`},
		{"no project", func(c *Connection) { c.Project = "" }, "project: name the LaunchDarkly project key or Split workspace"},
		{"bad url", func(c *Connection) { c.BaseURL = "api.split.io" }, `base URL: "api.split.io" is not an http(s) address such as https://api.split.io`},
		{"x-api-key on LaunchDarkly", func(c *Connection) { c.Provider, c.Auth = provider.LaunchDarkly, AuthAPIKey }, "applies only to Split"},
		{"negative schedule", func(c *Connection) { c.SyncEveryMinutes = -1 }, "cannot be negative"},
		{"empty environment", func(c *Connection) { c.Environments = []string{"Production", ""} }, "remove the empty entry"},
		{"ids", func(c *Connection) { c.WorkspaceID, c.EnvironmentIDs = "ws-1", []string{"env-1"} }, ""},
		{"environment ids without the workspace id", func(c *Connection) { c.EnvironmentIDs = []string{"env-1"} }, "give the workspace id too"},
		{"ids on LaunchDarkly", func(c *Connection) { c.Provider, c.WorkspaceID = provider.LaunchDarkly, "ws-1" }, "apply only to Split"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.change(&c)
			err := c.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}
