package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/workspace"
)

func newFeedbackCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feedback",
		Short: "Record and import what customers say in each phase",
	}
	cmd.AddCommand(newFeedbackAddCmd(g), newFeedbackImportCmd(g), newFeedbackListCmd(g))
	return cmd
}

func newFeedbackAddCmd(g *globals) *cobra.Command {
	var e domain.FeedbackEntry
	var sentiment, day string
	cmd := &cobra.Command{
		Use:     "add RELEASE --sentiment S --source SRC --text T",
		Short:   "Add one feedback entry",
		Long:    "Adds one entry to a release: to the phase running on its date (today by default) unless --phase names one.",
		Example: "  rolloutdesk feedback add new-checkout --sentiment negative --source zendesk --text \"Card declined twice\" --customer Acme --link https://acme.zendesk.com/tickets/7",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			e.Release, e.Sentiment = args[0], domain.Sentiment(sentiment)
			when, err := optionalDay(day, "--date")
			if err != nil {
				return err
			}
			e.Day = when
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				res, err := w.Feedback.Add(cmd.Context(), e)
				if err != nil {
					return err
				}
				return g.print(res, fmt.Sprintf("Added %s feedback from %s to %s.", e.Sentiment, e.Source, e.Release))
			})
		},
	}
	cmd.Flags().StringVar(&sentiment, "sentiment", "", "positive, neutral or negative (required)")
	cmd.Flags().StringVar(&e.Source, "source", "", "where it came from: zendesk, intercom, survey, interview, … (required)")
	cmd.Flags().StringVar(&e.Text, "text", "", "what the customer said (required)")
	cmd.Flags().StringVar(&e.Phase, "phase", "", "the phase it belongs to (default: the one running on its date)")
	cmd.Flags().StringVar(&e.Customer, "customer", "", "customer or account")
	cmd.Flags().StringVar(&e.Link, "link", "", "http(s) address of the ticket, chat or survey answer")
	cmd.Flags().StringVar(&day, "date", "", "the day it was said (YYYY-MM-DD; default today)")
	for _, required := range []string{"sentiment", "source", "text"} {
		cmd.MarkFlagRequired(required)
	}
	return cmd
}

func newFeedbackImportCmd(g *globals) *cobra.Command {
	var release string
	cmd := &cobra.Command{
		Use:   "import FILE.csv --release R",
		Short: "Import feedback from a support tool's export",
		Long: `Reads feedback entries from a CSV file whose header names the columns
date, source, sentiment, customer, text and link in any order (phase
optional): a support tool's export once its columns are mapped. A file with
any problem is refused whole, every problem as FILE:LINE: reason. Entries
imported before are skipped, so importing the same file twice adds nothing.`,
		Example: "  rolloutdesk feedback import zendesk-export.csv --release new-checkout",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				res, err := w.Feedback.ImportFile(cmd.Context(), release, args[0])
				if err != nil {
					return err
				}
				return g.print(res, fmt.Sprintf("Imported %s into %s: %d entries added, %d already there.", args[0], release, res.Added, res.Skipped))
			})
		},
	}
	cmd.Flags().StringVar(&release, "release", "", "release key (required)")
	cmd.MarkFlagRequired("release")
	return cmd
}

func newFeedbackListCmd(g *globals) *cobra.Command {
	var f store.FeedbackFilter
	var phase string
	cmd := &cobra.Command{
		Use:     "list RELEASE",
		Short:   "List a release's feedback, newest first",
		Example: "  rolloutdesk feedback list new-checkout --phase \"Beta 5%\" --sentiment negative --search declined",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f.Release = args[0]
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				entries, err := w.Feedback.List(cmd.Context(), f, phase)
				if err != nil {
					return err
				}
				var b strings.Builder
				fmt.Fprintf(&b, "%d entries", len(entries))
				for _, e := range entries {
					fmt.Fprintf(&b, "\n%s  %-8s %-10s %-12s %s", e.Day.Format("2006-01-02"), e.Sentiment, e.Source, e.InPhase, oneLine(e.Text))
				}
				return g.print(map[string]any{"entries": entries}, b.String())
			})
		},
	}
	cmd.Flags().StringVar(&phase, "phase", "", "only this phase's entries")
	cmd.Flags().StringVar(&f.Sentiment, "sentiment", "", "only positive, neutral or negative entries")
	cmd.Flags().StringVar(&f.Source, "source", "", "only entries from this source")
	cmd.Flags().StringVar(&f.Query, "search", "", "words to find in the text, customer or source")
	return cmd
}
