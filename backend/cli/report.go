package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/report"
	"rolloutdesk/backend/workspace"
)

func newReportCmd(g *globals) *cobra.Command {
	var at, out, notes string
	cmd := &cobra.Command{
		Use:   "report RELEASE --out DIR",
		Short: "Write the rollout report: report.html and report.md",
		Long: `Writes the release's rollout report into DIR: report.html (standalone,
print-friendly, charts as inline SVG, no scripts) and report.md with the same
content (its charts as SVG files in DIR/charts) for a wiki or a git
repository. It holds every phase with planned and actual dates, each
criterion's result and evidence, the metrics, adoption, drift changes, kills
and phase moves with their comments, feedback by sentiment with quotes,
communications, and the notes to carry into the next release (--notes FILE
replaces them first).`,
		Example: "  rolloutdesk report new-checkout --out ./report\n  rolloutdesk report new-checkout --at 2026-11-27 --notes lessons.md --out ./report",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			when, err := optionalDay(at, "--at")
			if err != nil {
				return err
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				if notes != "" {
					text, err := os.ReadFile(notes)
					if err != nil {
						return err
					}
					if err := w.Report.SaveNotes(cmd.Context(), args[0], string(text)); err != nil {
						return err
					}
				}
				data, err := w.Report.Build(cmd.Context(), args[0], when)
				if err != nil {
					return err
				}
				written, err := report.WriteDir(out, data)
				if err != nil {
					return err
				}
				return g.print(map[string]any{"files": written}, fmt.Sprintf("Wrote the rollout report of %s to %s (%d files).", args[0], out, len(written)))
			})
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "folder to write report.html, report.md and charts/ into (required)")
	cmd.Flags().StringVar(&at, "at", "", "report as of this date (YYYY-MM-DD); default now")
	cmd.Flags().StringVar(&notes, "notes", "", "file with the notes to carry into the next release (replaces the saved ones)")
	cmd.MarkFlagRequired("out")
	return cmd
}
