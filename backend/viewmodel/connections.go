package viewmodel

import (
	"time"

	"rolloutdesk/backend/connections"
	"rolloutdesk/backend/domain"
)

// ConnectionInfo is a saved provider connection with where its token comes
// from.
type ConnectionInfo struct {
	ID int64 `json:"id"`
	ConnectionDraft
	Demo        bool      `json:"demo"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
	TokenStatus string    `json:"token_status"`
}

// FromConnectionInfo maps a connection with its token status.
func FromConnectionInfo(i connections.Info) ConnectionInfo {
	c := i.Connection
	draft := ConnectionDraft{Name: c.Name, Provider: c.Provider, BaseURL: c.BaseURL, Project: c.Project, Environments: c.Environments,
		WorkspaceID: c.WorkspaceID, EnvironmentIDs: c.EnvironmentIDs, Auth: c.Auth, SyncEveryMinutes: c.SyncEveryMinutes}
	return ConnectionInfo{ID: c.ID, ConnectionDraft: draft, Demo: c.Demo, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt, TokenStatus: i.TokenStatus}
}

// ConnectionDraft is a connection as the settings form edits it.
type ConnectionDraft struct {
	Name             string   `json:"name"`
	Provider         string   `json:"provider"`
	BaseURL          string   `json:"base_url"`
	Project          string   `json:"project"`
	Environments     []string `json:"environments"`
	WorkspaceID      string   `json:"workspace_id"`
	EnvironmentIDs   []string `json:"environment_ids"`
	Auth             string   `json:"auth"`
	SyncEveryMinutes int      `json:"sync_every_minutes"`
}

// Connection maps the draft back.
func (d ConnectionDraft) Connection() domain.Connection {
	return domain.Connection{Name: d.Name, Provider: d.Provider, BaseURL: d.BaseURL, Project: d.Project, Environments: d.Environments,
		WorkspaceID: d.WorkspaceID, EnvironmentIDs: d.EnvironmentIDs, Auth: d.Auth, SyncEveryMinutes: d.SyncEveryMinutes}
}
