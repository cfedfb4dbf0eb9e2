package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/workspace"
)

// Exit statuses of `readiness`.
const (
	ExitHold     = 3
	ExitRollback = 4
)

func newReadinessCmd(g *globals) *cobra.Command {
	var at string
	cmd := &cobra.Command{
		Use:   "readiness RELEASE",
		Short: "Judge whether the active phase may advance: ready, hold or rollback, with every reason",
		Long: `Judges the release's active phase and prints a verdict with every reason:
the phase's exit criteria and the next phase's entry criteria (measured ones
against the release's metric values, manual ones as ticked), the drift of
the linked flags in their last sync, the planned schedule, and adoption as
the providers observe it (informative only).

  rollback  a guardrail criterion fails
  hold      another criterion fails, is open or unknown; a linked flag is
            not on plan; or the phase has not run until its planned end
  ready     otherwise

--at judges as of a date (drift stays as last synced). Exit status: 0 ready,
3 hold, 4 rollback, 1 error, so a CI job or a cron can gate on it.`,
		Example: "  rolloutdesk readiness new-checkout\n  rolloutdesk readiness new-checkout --at 2026-11-27 --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			when, err := optionalDay(at, "--at")
			if err != nil {
				return err
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				res, err := w.Readiness.Judge(cmd.Context(), args[0], when)
				if err != nil {
					return err
				}
				if err := g.print(res, readinessText(res)); err != nil {
					return err
				}
				switch res.Verdict {
				case readiness.Hold:
					return &ExitError{Code: ExitHold}
				case readiness.Rollback:
					return &ExitError{Code: ExitRollback}
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&at, "at", "", "judge as of this date (YYYY-MM-DD); default now")
	return cmd
}

// optionalDay reads a YYYY-MM-DD (or RFC 3339) flag value; "" is the zero
// time, meaning now. A day is judged as of its end.
func optionalDay(s, flag string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := metrics.ParseDay(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", flag, err)
	}
	return d.Add(24*time.Hour - time.Second), nil
}

func readinessText(r readiness.Result) string {
	var b strings.Builder
	switch {
	case r.Phase == "" && r.Next != "":
		fmt.Fprintf(&b, "%s: no phase has started; %s is next. Verdict: %s\n", r.Release, r.Next, strings.ToUpper(string(r.Verdict)))
	case r.Next == "":
		fmt.Fprintf(&b, "%s, phase %q (the last). Verdict: %s\n", r.Release, r.Phase, strings.ToUpper(string(r.Verdict)))
	default:
		fmt.Fprintf(&b, "%s, phase %q → %q. Verdict: %s\n", r.Release, r.Phase, r.Next, strings.ToUpper(string(r.Verdict)))
	}
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STATUS\tKIND\tREASON")
	for _, reason := range r.Reasons {
		text := reason.Text
		if reason.Guardrail {
			text += " (guardrail)"
		}
		if reason.Detail != "" {
			text += ": " + reason.Detail
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", reason.Status, reason.Kind, text)
	}
	tw.Flush()
	return strings.TrimRight(b.String(), "\n")
}
