package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/flags"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/workspace"
)

func newFlagsCmd(g *globals) *cobra.Command {
	var f flags.Filter
	cmd := &cobra.Command{
		Use:   "flags",
		Short: "List the latest stored flag state",
		Long: `Lists the latest state of every flag the workspace has synced, sorted by
provider, project, environment and key. With --json it prints {"flags":[...]}.`,
		Example: "  rolloutdesk flags --provider launchdarkly --env production --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				flags, err := w.Flags.List(cmd.Context(), f)
				if err != nil {
					return err
				}
				states := make([]provider.FlagState, len(flags))
				for i, fl := range flags {
					states[i] = fl.FlagState
				}
				return g.print(map[string]any{"flags": states}, flagTable(states))
			})
		},
	}
	cmd.Flags().StringVar(&f.Provider, "provider", "", "only this provider (launchdarkly, split, demo)")
	cmd.Flags().StringVar(&f.Project, "project", "", "only this project (LaunchDarkly project key or Split workspace name)")
	cmd.Flags().StringVar(&f.Environment, "env", "", "only this environment")
	return cmd
}

func flagTable(states []provider.FlagState) string {
	if len(states) == 0 {
		return "No flags stored yet. Sync a connection first."
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PROVIDER\tPROJECT\tENVIRONMENT\tKEY\tON\tSERVING")
	for _, s := range states {
		var serving []string
		for _, a := range s.Serving {
			serving = append(serving, fmt.Sprintf("%s %g%%", a.Variation, a.Percent))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%v\t%s\n", s.Provider, s.Project, s.Environment, s.Key, s.On, strings.Join(serving, ", "))
	}
	tw.Flush()
	return strings.TrimRight(b.String(), "\n")
}
