package cli

import (
	"github.com/spf13/cobra"

	"rolloutdesk/backend/workspace"
)

func newDemoCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Load or remove the built-in demo workspace",
		Long: `The demo workspace is a realistic release, "New checkout", with five phases and
an offline demo provider, so the app is useful before you connect LaunchDarkly
or Split. The desktop app loads it on first start; removing it is remembered.`,
		Example: "  rolloutdesk demo load\n  rolloutdesk demo remove",
	}
	action := func(use, short, done string, fn func(*workspace.Workspace, *cobra.Command) error) *cobra.Command {
		return &cobra.Command{
			Use: use, Short: short, Args: cobra.NoArgs,
			RunE: func(c *cobra.Command, _ []string) error {
				return g.withWorkspace(c.Context(), func(w *workspace.Workspace) error {
					if err := fn(w, c); err != nil {
						return err
					}
					return g.print(map[string]string{"demo": use}, done)
				})
			},
		}
	}
	cmd.AddCommand(
		action("load", "Load (or reset) the demo workspace", "Demo workspace loaded.",
			func(w *workspace.Workspace, c *cobra.Command) error { return w.LoadDemo(c.Context()) }),
		action("remove", "Remove the demo workspace and everything it added", "Demo workspace removed.",
			func(w *workspace.Workspace, c *cobra.Command) error { return w.RemoveDemo(c.Context()) }),
	)
	return cmd
}
