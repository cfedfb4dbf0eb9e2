package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/workspace"
)

func newBackupCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "backup FILE",
		Short: "Copy the workspace database to FILE while it stays in use",
		Long: `Writes a consistent copy of the workspace database to FILE. The app may keep
running. FILE must not exist yet. To restore, quit the app and put the copy in
place of rolloutdesk.db in the data directory (or point --data-dir at a folder
holding it under that name).`,
		Example: "  rolloutdesk backup ~/rolloutdesk-$(date +%F).db",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				if err := w.Backup(cmd.Context(), args[0]); err != nil {
					return err
				}
				return g.print(map[string]string{"backup": args[0]}, fmt.Sprintf("Backed up %s to %s", w.DatabasePath(), args[0]))
			})
		},
	}
}
