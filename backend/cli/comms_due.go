package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/workspace"
)

func newCommsDueCmd(g *globals) *cobra.Command {
	var from, to string
	cmd := &cobra.Command{
		Use:   "due [RELEASE] [--from DATE] [--to DATE]",
		Short: "List what goes out between two dates",
		Long: `Lists the communications of RELEASE — of every release when it is left out —
dated from --from to --to, both days included: the calendar's entries (see
rolloutdesk comms calendar --help), on the day each phase started, else the
day it is planned to. Dates are YYYY-MM-DD; --from defaults to today and --to
to six days after --from, a week.

It prints a table of date, release, phase, channel, template and audience;
with --json {"from":DATE,"to":DATE,"entries":[{"date","release","phase",
"channel","template","title","audience"}]}.`,
		Example: "  rolloutdesk comms due new-checkout --from 2026-03-02 --to 2026-03-08\n" +
			"  rolloutdesk comms due --json",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			window, err := calendar.ParseWindow(from, to, time.Now())
			if err != nil {
				return err
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				var entries []calendar.Entry
				if len(args) == 1 {
					entries, err = w.Comms.Due(cmd.Context(), args[0], window)
				} else {
					entries, err = w.Comms.DueAll(cmd.Context(), window)
				}
				if err != nil {
					return releaseHint(err)
				}
				return g.print(map[string]any{"from": window.From.Format(time.DateOnly), "to": window.To.Format(time.DateOnly), "entries": entries},
					dueTable(window, entries))
			})
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "first day, YYYY-MM-DD (default today)")
	cmd.Flags().StringVar(&to, "to", "", "last day, YYYY-MM-DD (default six days after --from)")
	return cmd
}

// dueTable shows what goes out in a window, one communication a line.
func dueTable(w calendar.Window, entries []calendar.Entry) string {
	if len(entries) == 0 {
		return fmt.Sprintf("Nothing goes out from %s to %s.", w.From.Format(time.DateOnly), w.To.Format(time.DateOnly))
	}
	rows := [][]string{{"DATE", "RELEASE", "PHASE", "CHANNEL", "TEMPLATE", "AUDIENCE"}}
	for _, e := range entries {
		rows = append(rows, []string{e.Date.Format(time.DateOnly), e.Release, e.Phase, e.Channel, e.Template, e.Audience})
	}
	return tabulate(rows)
}
