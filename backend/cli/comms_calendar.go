package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/workspace"
)

func newCommsCalendarCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "calendar RELEASE [-o FILE.ics]",
		Short: "Show what goes out when for a release, or write it as an .ics file",
		Long: `Lists the communications of RELEASE by date: on the day each phase started,
else the day it is planned to, every phase template (trigger: phase) that
applies to it. Shared blocks (_NAME) are left out, and so are incident and
rollback templates, which go out when their event happens. Phases with
neither date are left out.

Without -o it prints a table of date, phase, channel, template and audience;
with --json {"release":KEY,"entries":[{"date","release","phase","channel",
"template","title","audience"}]}. With -o it writes FILE as an iCalendar file
of all-day events, replacing it. Each event keeps its UID across exports
(derived from the release, phase and template) and its SEQUENCE goes up
whenever it changed since the last export — a phase moved, an audience
changed — so importing the newer file into a calendar app moves its events
instead of duplicating them. With -o and --json it prints
{"release":KEY,"file":FILE,"events":N}.`,
		Example: "  rolloutdesk comms calendar new-checkout\n" +
			"  rolloutdesk comms calendar new-checkout -o new-checkout.ics",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				entries, err := w.Comms.Calendar(cmd.Context(), args[0])
				if err != nil {
					return releaseHint(err)
				}
				if out == "" {
					return g.print(map[string]any{"release": args[0], "entries": entries}, calendarTable(args[0], entries))
				}
				if err := w.Comms.ExportCalendarFile(cmd.Context(), args[0], out); err != nil {
					return err
				}
				return g.print(map[string]any{"release": args[0], "file": out, "events": len(entries)},
					fmt.Sprintf("Wrote %s of release %s to %s", count(len(entries), "event"), args[0], out))
			})
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the calendar to this .ics file")
	return cmd
}

// calendarTable shows a release's calendar, one communication a line.
func calendarTable(release string, entries []calendar.Entry) string {
	if len(entries) == 0 {
		return fmt.Sprintf("Nothing is scheduled for release %s: give its phases a planned start.", release)
	}
	rows := [][]string{{"DATE", "PHASE", "CHANNEL", "TEMPLATE", "AUDIENCE"}}
	for _, e := range entries {
		rows = append(rows, []string{e.Date.Format("2006-01-02"), e.Phase, e.Channel, e.Template, e.Audience})
	}
	return tabulate(rows)
}
