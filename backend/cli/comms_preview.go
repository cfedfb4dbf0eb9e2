package cli

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/workspace"
)

func newCommsPreviewCmd(g *globals) *cobra.Command {
	var at string
	cmd := &cobra.Command{
		Use:   "preview RELEASE [--at DATE]",
		Short: "Show a release as its plan has it on a day, with that day's communications",
		Long: `Shows RELEASE on the day DATE (YYYY-MM-DD, default today) by its plan's dates:

  - the phase in effect that day: of the phases that started by then — or,
    when they have not started yet, are planned to — the one that started
    last. A phase advanced early counts from its actual start, a phase moved
    back to counts from its restart, and after the last phase ends it stays
    in effect. Phases without any start date are left out, and said so;
  - every phase with its planned and actual dates;
  - what the phase plans for each linked flag (on or off, the percentage
    and segments) and whether that comes from the phase's setting for the
    flag or its expectation for every flag;
  - every template sent with the phase (trigger: phase), rendered as it will
    read that day: dated that day, the phase started and the earlier phases
    done. A template that does not render is listed with its problem.

Before the first phase starts nothing is in effect and nothing is rendered.
With --json it prints {"release","day","phase","why","phases":[{"name",
"status","planned_start","planned_end","started_at","ended_at",
"in_effect"}],"exposure":[{"flag","environment","provider","project",
"planned","on","percent","segments","source"}],"drafts":[{"preview":
{"template","channel","title","audience","markdown","html","text",...},
"problem"}]}.`,
		Example: "  rolloutdesk comms preview new-checkout --at 2026-03-09\n" +
			"  rolloutdesk comms preview new-checkout --at 2026-04-01 --json",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := communications.ParseDay(at, time.Now())
			if err != nil {
				return fmt.Errorf("--at: %w", err)
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				a, err := w.Comms.PreviewAsOf(cmd.Context(), args[0], d)
				if err != nil {
					return releaseHint(err)
				}
				return g.print(a, asOfText(a))
			})
		},
	}
	cmd.Flags().StringVar(&at, "at", "", "the day to preview, YYYY-MM-DD (default today)")
	return cmd
}

// asOfText shows a release as of a day: why the phase, the phases' dates,
// the flags' exposure and the drafts, a table each.
func asOfText(a communications.AsOf) string {
	var b strings.Builder
	b.WriteString(a.Why + "\n\n")
	rows := [][]string{{"", "PHASE", "STATUS NOW", "PLANNED START", "PLANNED END", "STARTED", "ENDED"}}
	for _, p := range a.Phases {
		mark := ""
		if p.InEffect {
			mark = "→"
		}
		rows = append(rows, []string{mark, p.Name, string(p.Status), dateOrDash(p.PlannedStart), dateOrDash(p.PlannedEnd),
			dateOrDash(p.StartedAt), dateOrDash(p.EndedAt)})
	}
	b.WriteString(tabulate(rows))
	if a.Phase == "" {
		return b.String()
	}
	if len(a.Exposure) > 0 {
		rows = [][]string{{"FLAG", "ENVIRONMENT", "PLANNED", "FROM"}}
		for _, e := range a.Exposure {
			rows = append(rows, []string{e.Flag, e.Environment, exposureText(e), e.Source})
		}
		b.WriteString("\n\n" + tabulate(rows))
	}
	if len(a.Drafts) == 0 {
		fmt.Fprintf(&b, "\n\nNo template goes out with phase %q.", a.Phase)
		return b.String()
	}
	rows = [][]string{{"TEMPLATE", "CHANNEL", "AUDIENCE", "TITLE"}}
	for _, d := range a.Drafts {
		title := d.Preview.Title
		if d.Problem != "" {
			title = "does not render: " + d.Problem
		}
		rows = append(rows, []string{d.Preview.Template, string(d.Preview.Channel), d.Preview.Audience, title})
	}
	b.WriteString("\n\n" + tabulate(rows))
	return b.String()
}

// exposureText is a flag's planned exposure in words: "on 25% (beta)",
// "off" or "-" when the phase plans nothing for it.
func exposureText(e communications.Exposure) string {
	switch {
	case !e.Planned:
		return "-"
	case !e.On:
		return "off"
	}
	s := "on " + strconv.FormatFloat(e.Percent, 'f', -1, 64) + "%"
	if len(e.Segments) > 0 {
		s += " (" + strings.Join(e.Segments, ", ") + ")"
	}
	return s
}

// dateOrDash is t as YYYY-MM-DD, or "-" when nil.
func dateOrDash(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format(time.DateOnly)
}
