package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/workspace"
)

// ExitCommsGaps is the exit status of `comms check` when a template relies
// on a phase the release lacks or a phase tells its customers nothing.
const ExitCommsGaps = 3

func newCommsCheckCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "check RELEASE",
		Short: "List the templates that miss a release's phases and the phases nobody is told about",
		Long: `Checks the communication templates against the phases of RELEASE and lists:

  - every template whose phase names a phase the release lacks: a name or a
    list entry it does not have, or next-after a phase it lacks or that is
    its last, so the template never goes out where its author meant;
  - every phase that no customer-facing template applies to: no email and
    no in-app template sent with the phase (trigger: phase).

With --json it prints {"release":KEY,"unmatched":[{"template","channel",
"trigger","phase","missing":[...],"applies":[...]}],"silent":[PHASE...]}.

Exit status: 0 when nothing is missing, 3 when anything is, 1 on error.`,
		Example: "  rolloutdesk comms check new-checkout\n  rolloutdesk comms check new-checkout --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				c, err := w.Comms.Coverage(cmd.Context(), args[0])
				if err != nil {
					return releaseHint(err)
				}
				if err := g.print(c, coverageText(c)); err != nil {
					return err
				}
				if !c.Clean() {
					return &ExitError{Code: ExitCommsGaps}
				}
				return nil
			})
		},
	}
}

// coverageText says what a release's communications miss, one line each.
func coverageText(c comms.Coverage) string {
	if c.Clean() {
		return fmt.Sprintf("Every template suits a phase of release %s, and every phase tells its customers.", c.Release)
	}
	var b strings.Builder
	for _, u := range c.Unmatched {
		fmt.Fprintf(&b, "template %s (%s, phase %s): release %s lacks %s", u.Template, u.Channel, u.Phase, c.Release, strings.Join(u.Missing, ", "))
		if len(u.Applies) > 0 {
			fmt.Fprintf(&b, "; it goes out for %s only", strings.Join(u.Applies, ", "))
		}
		b.WriteString("\n")
	}
	for _, p := range c.Silent {
		fmt.Fprintf(&b, "phase %s: no email or in-app template tells its customers\n", p)
	}
	return strings.TrimRight(b.String(), "\n")
}
