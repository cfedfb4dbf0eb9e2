// Package version holds the build's version, set at link time with
// -ldflags "-X rolloutdesk/backend/version.Version=...".
package version

// Version is the release version, or "dev" for local builds.
var Version = "dev"
