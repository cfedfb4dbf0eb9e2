package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/workspace"
)

// ExitDrift is the exit status of `drift` when any flag is off plan.
const ExitDrift = 3

func newDriftCmd(g *globals) *cobra.Command {
	var staleAfter time.Duration
	cmd := &cobra.Command{
		Use:   "drift RELEASE",
		Short: "Check a release's linked flags against its active phase",
		Long: `Compares every linked flag with what the release's active phase expects, using
the last synced state, and gives each a verdict: on_plan, behind, ahead, off,
unexpected_on, blocked (a prerequisite keeps it from serving as planned),
archived, missing or stale, with a reason. Percentages are shares of all
traffic: a Split flag's share within its traffic allocation counts as such.

Exit status: 0 when every flag is on plan, 3 when any drifts, 1 on error.`,
		Example: "  rolloutdesk drift new-checkout\n  rolloutdesk drift new-checkout --json --stale-after 2h",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				if cmd.Flags().Changed("stale-after") {
					if err := w.Drift.SetStaleAfter(cmd.Context(), staleAfter); err != nil {
						return err
					}
				}
				report, err := w.Drift.Report(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				if err := g.print(report, driftTable(report)); err != nil {
					return err
				}
				if report.Drifting() > 0 {
					return &ExitError{Code: ExitDrift}
				}
				return nil
			})
		},
	}
	cmd.Flags().DurationVar(&staleAfter, "stale-after", drift.DefaultStaleAfter,
		"how old a synced state may be before its verdict is stale; saved for the app too")
	return cmd
}

func driftTable(r drift.Report) string {
	if r.Phase == "" {
		return fmt.Sprintf("Release %s has no active phase, so nothing to compare.", r.Release)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s, phase %q: %d of %d flags drift\n", r.Release, r.Phase, r.Drifting(), len(r.Flags))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "VERDICT\tPROVIDER\tENVIRONMENT\tFLAG\tREASON")
	for _, f := range r.Flags {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.Verdict, f.Provider, f.Environment, f.Key, f.Reason)
	}
	tw.Flush()
	return strings.TrimRight(b.String(), "\n")
}
