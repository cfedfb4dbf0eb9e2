package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/workspace"
)

func newCommsChangesCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "changes RELEASE",
		Short: "Show which phase communications changed since they were exported, with a diff",
		Long: `Compares each phase communication of RELEASE last exported (comms render,
comms bundle, or the app's bundle export) with what it renders now — after the
plan's dates moved, an audience or a template changed — and shows each one
that changed as a line diff of its subject or title and body, so you know
exactly what to send again. Each is rendered as of the day it was exported,
so the date alone changes nothing. A template that no longer goes out with
its phase is marked gone.

With --json it prints {"release":KEY,"changes":[{"release","phase","template",
"channel","exported_at","gone","diff"}]}.`,
		Example: "  rolloutdesk comms bundle new-checkout -o comms.zip\n" +
			"  rolloutdesk comms changes new-checkout",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				changes, err := w.Comms.Changes(cmd.Context(), args[0])
				if err != nil {
					return releaseHint(err)
				}
				return g.print(map[string]any{"release": args[0], "changes": changes}, changesText(args[0], changes))
			})
		},
	}
}

// changesText shows each changed communication under a heading, with its
// diff.
func changesText(release string, changes []communications.Change) string {
	if len(changes) == 0 {
		return fmt.Sprintf("Nothing exported for release %s reads differently now.", release)
	}
	var b strings.Builder
	for _, c := range changes {
		state := "changed"
		if c.Gone {
			state = "no longer goes out"
		}
		fmt.Fprintf(&b, "== %s, phase %s (%s), exported %s: %s\n%s", c.Template, c.Phase, c.Channel, c.ExportedAt.Format("2006-01-02 15:04"), state, c.Diff)
	}
	return strings.TrimRight(b.String(), "\n")
}
