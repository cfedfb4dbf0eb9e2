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

// flagRow is one flag in `flags --json`: its state (the public contract of
// provider.FlagState) and its released variation and share.
type flagRow struct {
	provider.FlagState
	Released flags.Released `json:"released"`
}

func newFlagsCmd(g *globals) *cobra.Command {
	var f flags.Filter
	cmd := &cobra.Command{
		Use:   "flags",
		Short: "List the latest stored flag state",
		Long: `Lists the latest state of every flag the workspace has synced, sorted by
provider, project, environment and key, in each provider's words (Split:
active/killed and treatments; LaunchDarkly: on/off and variations).

RELEASED is the share of all traffic that gets the variation being released:
the one a release's link names, or else an assumed one (a boolean flag's
"true"; otherwise the first variation of the default rule that is not the off
variation or default treatment), marked "assumed". It is 0 while the flag is
off or killed, and counts a Split traffic allocation.

With --json it prints {"flags":[...]}: each flag's state and "released":
{"variation", "percent", "source", "assumed"}.`,
		Example: "  rolloutdesk flags --provider launchdarkly --env production --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				listed, err := w.Flags.List(cmd.Context(), f)
				if err != nil {
					return err
				}
				rows := make([]flagRow, len(listed))
				for i, fl := range listed {
					rows[i] = flagRow{FlagState: fl.FlagState, Released: fl.Released}
				}
				return g.print(map[string]any{"flags": rows}, flagTable(rows))
			})
		},
	}
	cmd.Flags().StringVar(&f.Provider, "provider", "", "only this provider (launchdarkly, split, demo)")
	cmd.Flags().StringVar(&f.Project, "project", "", "only this project (LaunchDarkly project key or Split workspace name)")
	cmd.Flags().StringVar(&f.Environment, "env", "", "only this environment")
	return cmd
}

func flagTable(rows []flagRow) string {
	if len(rows) == 0 {
		return "No flags stored yet. Sync a connection first."
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PROVIDER\tPROJECT\tENVIRONMENT\tKEY\tSTATE\tRELEASED\tDEFAULT RULE")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Provider, r.Project, r.Environment, r.Key,
			provider.WordsFor(r.Provider).State(r.On), releasedText(r.Released), servingText(r.FlagState))
	}
	tw.Flush()
	return strings.TrimRight(b.String(), "\n")
}

// releasedText renders a released share: "true 5%", "on 20% (assumed)",
// or "none" when no variation is being released.
func releasedText(r flags.Released) string {
	if r.Variation == "" {
		return "none"
	}
	text := fmt.Sprintf("%s %g%%", r.Variation, r.Percent)
	if r.Assumed {
		text += " (assumed)"
	}
	return text
}

// servingText renders the default rule in the provider's words: "variations
// true 5%, false 95%" or, for Split, "treatments on 40%, off 60% in 50%
// traffic allocation".
func servingText(s provider.FlagState) string {
	w := provider.WordsFor(s.Provider)
	parts := make([]string, len(s.Serving))
	for i, a := range s.Serving {
		parts[i] = fmt.Sprintf("%s %g%%", a.Variation, a.Percent)
	}
	text := w.Variations + " " + strings.Join(parts, ", ")
	if s.TrafficAllocation < 100 {
		text += fmt.Sprintf(" in %g%% %s", s.TrafficAllocation, w.Exposure)
	}
	return text
}
