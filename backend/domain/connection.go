package domain

import "time"

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
	// SyncEveryMinutes is the schedule while the app is open; 0 means manual.
	SyncEveryMinutes int       `json:"sync_every_minutes"`
	Demo             bool      `json:"demo"`
	CreatedAt        time.Time `json:"created_at"`
	UpdatedAt        time.Time `json:"updated_at"`
}
