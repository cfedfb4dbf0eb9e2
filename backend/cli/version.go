package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/version"
	"rolloutdesk/backend/workspace"
)

// versionInfo is what `rolloutdesk version --json` prints.
type versionInfo struct {
	Version  string `json:"version"`
	Commit   string `json:"commit"`
	Date     string `json:"date"`
	Schema   int64  `json:"schema"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version, commit and build date",
		Example: "  rolloutdesk version\n  rolloutdesk version --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := version.Get()
			info := versionInfo{v.Version, v.Commit, v.Date, workspace.SchemaVersion(), v.Go, v.Platform}
			text := fmt.Sprintf("rolloutdesk %s (schema %d, %s, %s)\ncommit %s, built %s",
				info.Version, info.Schema, info.Go, info.Platform, v.Short(), info.Date)
			return g.print(info, text)
		},
	}
}
