// Package version holds what the build knows about itself, set at link time:
//
//	go build -ldflags "-X rolloutdesk/backend/version.Version=v1.2.3 \
//	  -X rolloutdesk/backend/version.Commit=0123abc \
//	  -X rolloutdesk/backend/version.Date=2026-01-02T03:04:05Z"
//
// `make build` and `make dist` set all three.
package version

import (
	"runtime"
	"runtime/debug"
)

// Set at link time; "dev" and empty for a plain `go build`.
var (
	// Version is the release version (git describe), or "dev".
	Version = "dev"
	// Commit is the git commit the binary was built from.
	Commit = ""
	// Date is the build time, RFC 3339 in UTC.
	Date = ""
)

// Unknown stands for a commit or date the build did not record.
const Unknown = "unknown"

// Info describes the running build.
type Info struct {
	Version string `json:"version"`
	Commit  string `json:"commit"`
	Date    string `json:"date"`
	Go      string `json:"go"`
	// Platform is GOOS/GOARCH, e.g. "linux/amd64".
	Platform string `json:"platform"`
}

// Get returns the build's version, commit and date. A binary built without
// the link-time commit falls back to the VCS stamp Go records (`go build` in
// a git checkout); what is still missing reads "unknown".
func Get() Info {
	info := Info{
		Version:  Version,
		Commit:   Commit,
		Date:     Date,
		Go:       runtime.Version(),
		Platform: runtime.GOOS + "/" + runtime.GOARCH,
	}
	if info.Commit == "" {
		if bi, ok := debug.ReadBuildInfo(); ok {
			info.Commit = commitFromBuildInfo(bi.Settings)
		}
	}
	if info.Version == "" {
		info.Version = "dev"
	}
	if info.Commit == "" {
		info.Commit = Unknown
	}
	if info.Date == "" {
		info.Date = Unknown
	}
	return info
}

// commitFromBuildInfo reads the commit from Go's VCS stamp, marked "-dirty"
// when the work tree had changes; "" when there is no stamp.
func commitFromBuildInfo(settings []debug.BuildSetting) string {
	var commit string
	modified := false
	for _, s := range settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if commit != "" && modified {
		commit += "-dirty"
	}
	return commit
}

// Short is the commit shortened to 12 characters for display.
func (i Info) Short() string {
	if len(i.Commit) > 12 && i.Commit != Unknown {
		return i.Commit[:12]
	}
	return i.Commit
}
