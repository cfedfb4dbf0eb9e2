package domain

// Target is a provider account to reach and how: a saved connection, or
// the same fields given on the command line.
type Target struct {
	Connection Connection
	// MaxInFlight bounds concurrent requests; 0 means the default (6).
	MaxInFlight int
}

// ConnectionOverride is a provider account as the command line names it.
// A saved connection to the same project lends it its name (for its
// keyring token), address and auth; the fields set here win.
type ConnectionOverride struct {
	// Environments are the environments to read; none means all.
	Environments []string
	// WorkspaceID and EnvironmentIDs name a Split workspace and its
	// environments by id, so no admin-only listing is needed.
	WorkspaceID    string
	EnvironmentIDs []string
	BaseURL        string
	// APIKeyAuth sends a Split token as x-api-key (Harness tokens).
	APIKeyAuth  bool
	MaxInFlight int
}
