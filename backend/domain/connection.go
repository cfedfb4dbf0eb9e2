package domain

import "time"

// AuthAPIKey sends a Split token in the x-api-key header (Harness tokens).
const AuthAPIKey = "x-api-key"

// Connection is a configured provider account: where to reach it and what to
// read. Its token never lives here; it is kept in the OS keyring under the
// connection's name.
type Connection struct {
	ID           int64    `json:"id"`
	Name         string   `json:"name"`
	Provider     string   `json:"provider"`
	BaseURL      string   `json:"base_url"`
	Project      string   `json:"project"`
	Environments []string `json:"environments"`
	// WorkspaceID and EnvironmentIDs name a Split workspace and its
	// environments by id. With both, syncs and writes never list workspaces
	// or environments, which least-privilege (flags-only) keys may not do.
	WorkspaceID    string   `json:"workspace_id"`
	EnvironmentIDs []string `json:"environment_ids"`
	// Auth says how the token is sent: "" for the provider's default, or
	// AuthAPIKey for Harness tokens sent as x-api-key (Split only).
	Auth string `json:"auth"`
	// SyncEveryMinutes is the schedule while the app is open; 0 means manual.
	SyncEveryMinutes int       `json:"sync_every_minutes"`
	Demo             bool      `json:"demo"`
	CreatedAt        time.Time `json:"created_at"`
	UpdatedAt        time.Time `json:"updated_at"`
}
