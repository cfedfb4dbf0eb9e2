package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/workspace"
)

func newMetricsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "metrics",
		Short: "Import and list the daily metric values measured criteria are judged by",
	}
	cmd.AddCommand(newMetricsImportCmd(g), newMetricsListCmd(g))
	return cmd
}

func newMetricsImportCmd(g *globals) *cobra.Command {
	var release string
	cmd := &cobra.Command{
		Use:   "import FILE.csv",
		Short: "Import daily metric values from an analytics or support export",
		Long: `Reads daily metric values for a release from a CSV file in either shape
analytics tools export:

  wide  a date column and one column per metric   date,error_rate,conversion
  long  date, metric and value columns            date,metric,value

Dates are YYYY-MM-DD or RFC 3339; values may end in %. Column headers become
metric names in lower case with _ ("Error rate" → error_rate). A value for a
metric and day the release already has replaces it. A file with any problem
is refused whole, every problem as FILE:LINE: reason, and nothing changes.
Readiness verdicts are judged again afterwards; changes are printed.`,
		Example: "  rolloutdesk metrics import amplitude-export.csv --release new-checkout",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				res, err := w.Readiness.ImportMetricsFile(cmd.Context(), release, args[0])
				if err != nil {
					return err
				}
				text := fmt.Sprintf("Imported %s into %s: %d values added, %d replaced (%s).", args[0], release, res.Added, res.Replaced,
					strings.Join(res.Metrics, ", "))
				for _, c := range res.Changes {
					text += "\n" + readinessChange(c)
				}
				return g.print(res, text)
			})
		},
	}
	cmd.Flags().StringVar(&release, "release", "", "release key (required)")
	cmd.MarkFlagRequired("release")
	return cmd
}

func newMetricsListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "list RELEASE",
		Short:   "List a release's stored metric values",
		Example: "  rolloutdesk metrics list new-checkout --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				values, err := w.Readiness.Values(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				var b strings.Builder
				fmt.Fprintf(&b, "%d values of %s", len(values), args[0])
				for _, v := range values {
					fmt.Fprintf(&b, "\n%s  %-24s %g  (%s)", v.Day.Format("2006-01-02"), v.Metric, v.Value.Value, v.Source)
				}
				return g.print(map[string]any{"values": values}, b.String())
			})
		},
	}
}
