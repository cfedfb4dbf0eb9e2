package cli

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/store"
	"rolloutdesk/backend/version"
)

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version",
		Example: "  rolloutdesk version\n  rolloutdesk version --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			info := struct {
				Version string `json:"version"`
				Schema  int64  `json:"schema"`
				Go      string `json:"go"`
			}{version.Version, store.LatestSchemaVersion(), runtime.Version()}
			return g.print(info, fmt.Sprintf("rolloutdesk %s (schema %d, %s)", info.Version, info.Schema, info.Go))
		},
	}
}
