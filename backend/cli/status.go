package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/status"
	"rolloutdesk/backend/workspace"
)

func newStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status [RELEASE]",
		Short: "Show where each release stands: Now, Next and Due, with where each came from",
		Long: `Prints one line per release — or for RELEASE only — the way the Releases
list and the release page show it:

  Now   the active phase, since when, and its go/no-go verdict
  Next  the next phase, its planned start, and how many of the criteria
        between here and there are not met yet (from readiness)
  Due   the release's next communication (from the communications calendar)

Each part is followed by where it came from. --json prints the same, each
part with its "text" and "source".`,
		Example: "  rolloutdesk status\n  rolloutdesk status new-checkout --json",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				var lines []status.Line
				if len(args) == 1 {
					l, err := w.Status.Line(cmd.Context(), args[0])
					if err != nil {
						return err
					}
					lines = []status.Line{l}
				} else {
					var err error
					if lines, err = w.Status.Lines(cmd.Context()); err != nil {
						return err
					}
				}
				if len(args) == 1 {
					return g.print(lines[0], statusText(lines))
				}
				return g.print(lines, statusText(lines))
			})
		},
	}
}

// statusText writes the lines, each part with its source below it.
func statusText(lines []status.Line) string {
	if len(lines) == 0 {
		return "No releases yet: create one with `rolloutdesk plan import FILE`."
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s (%s)\n", l.Name, l.Release)
		for _, part := range []struct {
			label string
			item  status.Item
		}{{"Now", l.Now.Item}, {"Next", l.Next.Item}, {"Due", l.Due.Item}} {
			fmt.Fprintf(&b, "  %-5s %s\n        from: %s\n", part.label, part.item.Text, part.item.Source)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
