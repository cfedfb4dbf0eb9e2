package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/workspace"
)

func newCriteriaCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "criteria",
		Short: "Tick the manual entry and exit criteria of a release's phases",
	}
	var phase string
	var undo bool
	tick := &cobra.Command{
		Use:   "tick RELEASE --phase PHASE \"TEXT\"",
		Short: "Mark a manual criterion as met, recording who and when",
		Long: `Marks the entry or exit criterion whose text is TEXT in phase PHASE as met,
recording you (see the audit log) and now. --undo marks it open again.
Measured criteria (with a check) are judged from their metric and cannot be
ticked. Readiness verdicts are judged again; changes are printed.`,
		Example: "  rolloutdesk criteria tick new-checkout --phase \"Beta 5%\" \"Support briefed\"",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				res, err := w.Readiness.TickCriterion(cmd.Context(), args[0], phase, args[1], !undo)
				if err != nil {
					return err
				}
				verb := "Ticked"
				if undo {
					verb = "Unticked"
				}
				text := fmt.Sprintf("%s %q in %s of %s.", verb, args[1], phase, args[0])
				for _, c := range res.Changes {
					text += "\n" + readinessChange(c)
				}
				return g.print(res, text)
			})
		},
	}
	tick.Flags().StringVar(&phase, "phase", "", "phase name (required)")
	tick.Flags().BoolVar(&undo, "undo", false, "mark the criterion open again")
	tick.MarkFlagRequired("phase")
	cmd.AddCommand(tick)
	return cmd
}

// readinessChange words a verdict change for the terminal.
func readinessChange(c readiness.Change) string {
	if c.Before == "" {
		return fmt.Sprintf("%s is %s", c.Release, c.Summary)
	}
	return fmt.Sprintf("%s: %s → %s", c.Release, c.Before, c.Summary)
}
