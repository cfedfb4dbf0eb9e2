package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/releases"
	"rolloutdesk/backend/workspace"
)

func newCommsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "comms",
		Short: "Render a release's emails, in-app announcements and support guides",
		Long: `Renders the communication templates (see rolloutdesk templates --help) for
each phase of a release. Every template sent with phases (trigger: phase)
whose phase selects the phase — its name, a list holding it, "*", first,
last or next-after: NAME — gives, in the phase's folder:

  email     CHANNEL-NAME.eml   the message with a plain-text and an HTML part
            CHANNEL-NAME.html  its HTML part, to preview in a browser
  in_app    CHANNEL-NAME.html  the HTML fragment
            CHANNEL-NAME.json  {"title","body_html","body_text","cta","phase",
                               "audience","starts","ends"}
  support   CHANNEL-NAME.html  a standalone, printable page with contents
  all       CHANNEL-NAME.md    the Markdown after templating

A phase's folder is its name in lower-case ASCII letters and digits joined by
"-" ("Beta 5%" is beta-5, "Früh dabei" is fruh-dabei). Emails come from the
sender set with rolloutdesk comms sender.

Incident templates (trigger: incident) are drafted when a kill switch is used
on a linked flag, rollback templates when a phase is rolled back: render them
on demand with render --trigger. check lists the templates that miss the
release's phases, due what goes out in a window, changes what changed since
the last export, preview the release and its communications as of a day.`,
		Example: "  rolloutdesk comms render new-checkout --out comms\n" +
			"  rolloutdesk comms bundle new-checkout --phase \"Beta 5%\" -o beta.zip\n" +
			"  rolloutdesk comms check new-checkout\n" +
			"  rolloutdesk comms due --from 2026-03-02 --to 2026-03-08\n" +
			"  rolloutdesk comms preview new-checkout --at 2026-03-09\n" +
			"  rolloutdesk comms sender \"Checkout Team <checkout@example.com>\"",
	}
	cmd.AddCommand(newCommsRenderCmd(g), newCommsBundleCmd(g), newCommsSenderCmd(g), newCommsSendTestCmd(g), newCommsCalendarCmd(g),
		newCommsCheckCmd(g), newCommsDueCmd(g), newCommsChangesCmd(g), newCommsPreviewCmd(g))
	return cmd
}

// releaseHint adds where to find release keys to a not-found error.
func releaseHint(err error) error {
	if errors.Is(err, releases.ErrNotFound) {
		return fmt.Errorf("%w (rolloutdesk plan list shows the releases)", err)
	}
	return problems(err)
}

func newCommsRenderCmd(g *globals) *cobra.Command {
	var phase, out, trigger, flag string
	cmd := &cobra.Command{
		Use:   "render RELEASE [--phase NAME | --trigger incident|rollback [--flag KEY]] --out DIR",
		Short: "Write a release's communications to DIR, one folder per phase or event",
		Long: `Renders the phase templates (trigger: phase) for every phase of RELEASE, or for
the phase NAME only, into DIR as PHASE/CHANNEL-TEMPLATE.EXT files plus an
index.html linking them all (see rolloutdesk comms --help).

With --trigger incident or --trigger rollback it renders instead, on demand,
the notices that trigger sends, for the release's latest recorded kill or
rollback (they are drafted when it happens; see "Who to tell" in the app),
into DIR/TRIGGER-DATE-TIME/. --flag KEY renders the incident notices for a
hypothetical kill of the release's flag KEY now, during its current phase.

Files of the same names are replaced. When a template fails nothing is
written and every problem is printed as NAME.md:LINE: reason, separated by
"; ". The phase communications written are remembered: rolloutdesk comms
changes shows what changed since. With --json it prints
{"release":KEY,"files":[PATH...]}.`,
		Example: "  rolloutdesk comms render new-checkout --out comms\n" +
			"  rolloutdesk comms render new-checkout --phase GA --out comms --json\n" +
			"  rolloutdesk comms render new-checkout --trigger incident --flag new-checkout --out incident",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := renderFlags(phase, trigger, flag); err != nil {
				return err
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				var files []string
				var err error
				if trigger == "" {
					files, err = w.Comms.WriteFolder(cmd.Context(), args[0], phase, out)
				} else {
					files, err = w.Comms.WriteEventFolder(cmd.Context(), args[0], domain.Trigger(trigger), flag, out)
				}
				if err != nil {
					return releaseHint(err)
				}
				return g.print(map[string]any{"release": args[0], "files": files},
					fmt.Sprintf("Wrote %s for release %s to %s (start with index.html)", count(len(files), "file"), args[0], out))
			})
		},
	}
	cmd.Flags().StringVar(&phase, "phase", "", "render for the phase named NAME only (default every phase)")
	cmd.Flags().StringVar(&trigger, "trigger", "", "render the notices of an event instead: incident or rollback")
	cmd.Flags().StringVar(&flag, "flag", "", "with --trigger incident: a hypothetical kill of this linked flag now")
	cmd.Flags().StringVar(&out, "out", "", "folder to write to, created when missing (required)")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}

// renderFlags checks that render's flags go together.
func renderFlags(phase, trigger, flag string) error {
	switch {
	case trigger != "" && trigger != string(domain.TriggerIncident) && trigger != string(domain.TriggerRollback):
		return fmt.Errorf("--trigger %q: use incident or rollback (phase communications render without --trigger)", trigger)
	case trigger != "" && phase != "":
		return fmt.Errorf("--phase and --trigger do not go together: an event's notices are for the phase it happened in")
	case flag != "" && trigger != string(domain.TriggerIncident):
		return fmt.Errorf("--flag makes a hypothetical incident: add --trigger incident")
	}
	return nil
}

func newCommsBundleCmd(g *globals) *cobra.Command {
	var phase, out string
	cmd := &cobra.Command{
		Use:   "bundle RELEASE [--phase NAME] -o FILE.zip",
		Short: "Write a release's communications as one zip file",
		Long: `Renders the templates as comms render does and writes them, with the
index.html, into the zip file FILE, replacing it. What was exported is
remembered: rolloutdesk comms changes shows what changed since. With --json
it prints {"release":KEY,"file":FILE}.`,
		Example: "  rolloutdesk comms bundle new-checkout -o new-checkout-comms.zip\n" +
			"  rolloutdesk comms bundle new-checkout --phase \"Beta 5%\" -o beta.zip",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				if err := w.Comms.ExportBundleFile(cmd.Context(), args[0], phase, out); err != nil {
					return releaseHint(err)
				}
				return g.print(map[string]string{"release": args[0], "file": out},
					fmt.Sprintf("Wrote the communications of release %s to %s", args[0], out))
			})
		},
	}
	cmd.Flags().StringVar(&phase, "phase", "", "bundle the phase named NAME only (default every phase)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "zip file to write (required)")
	_ = cmd.MarkFlagRequired("output")
	return cmd
}

func newCommsSenderCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "sender [\"NAME <ADDRESS>\"]",
		Short: "Show or set the From address of rendered emails",
		Long: `Without an argument prints the From address rendered emails carry; with one,
sets it. "" restores the default. With --json it prints {"sender":ADDRESS}.`,
		Example: "  rolloutdesk comms sender\n  rolloutdesk comms sender \"Checkout Team <checkout@example.com>\"",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				if len(args) == 1 {
					if err := w.Comms.SetSender(cmd.Context(), args[0]); err != nil {
						return err
					}
				}
				from, err := w.Comms.Sender(cmd.Context())
				if err != nil {
					return err
				}
				return g.print(map[string]string{"sender": from}, from)
			})
		},
	}
}
