package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/releases"
	"rolloutdesk/backend/workspace"
)

func newCommsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "comms",
		Short: "Render a release's emails, in-app announcements and support guides",
		Long: `Renders the communication templates (see rolloutdesk templates --help) for
each phase of a release. Every template whose phase is "*" or the phase's name
gives, in the phase's folder:

  email     CHANNEL-NAME.eml   the message with a plain-text and an HTML part
            CHANNEL-NAME.html  its HTML part, to preview in a browser
  in_app    CHANNEL-NAME.html  the HTML fragment
            CHANNEL-NAME.json  {"title","body_html","body_text","cta","phase",
                               "audience","starts","ends"}
  support   CHANNEL-NAME.html  a standalone, printable page with contents
  all       CHANNEL-NAME.md    the Markdown after templating

A phase's folder is its name in lower-case ASCII letters and digits joined by
"-" ("Beta 5%" is beta-5, "Früh dabei" is fruh-dabei). Emails come from the
sender set with rolloutdesk comms sender.`,
		Example: "  rolloutdesk comms render new-checkout --out comms\n" +
			"  rolloutdesk comms bundle new-checkout --phase \"Beta 5%\" -o beta.zip\n" +
			"  rolloutdesk comms sender \"Checkout Team <checkout@example.com>\"",
	}
	cmd.AddCommand(newCommsRenderCmd(g), newCommsBundleCmd(g), newCommsSenderCmd(g), newCommsSendTestCmd(g), newCommsCalendarCmd(g))
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
	var phase, out string
	cmd := &cobra.Command{
		Use:   "render RELEASE [--phase NAME] --out DIR",
		Short: "Write a release's communications to DIR, one folder per phase",
		Long: `Renders the templates for every phase of RELEASE, or for the phase NAME only,
into DIR as PHASE/CHANNEL-TEMPLATE.EXT files plus an index.html linking them
all (see rolloutdesk comms --help). Files of the same names are replaced. When
a template fails nothing is written and every problem is printed as
NAME.md:LINE: reason, separated by "; ". With --json it prints
{"release":KEY,"files":[PATH...]}.`,
		Example: "  rolloutdesk comms render new-checkout --out comms\n" +
			"  rolloutdesk comms render new-checkout --phase GA --out comms --json",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				files, err := w.Comms.WriteFolder(cmd.Context(), args[0], phase, out)
				if err != nil {
					return releaseHint(err)
				}
				return g.print(map[string]any{"release": args[0], "files": files},
					fmt.Sprintf("Wrote %s for release %s to %s (start with index.html)", count(len(files), "file"), args[0], out))
			})
		},
	}
	cmd.Flags().StringVar(&phase, "phase", "", "render for the phase named NAME only (default every phase)")
	cmd.Flags().StringVar(&out, "out", "", "folder to write to, created when missing (required)")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}

func newCommsBundleCmd(g *globals) *cobra.Command {
	var phase, out string
	cmd := &cobra.Command{
		Use:   "bundle RELEASE [--phase NAME] -o FILE.zip",
		Short: "Write a release's communications as one zip file",
		Long: `Renders the templates as comms render does and writes them, with the
index.html, into the zip file FILE, replacing it. With --json it prints
{"release":KEY,"file":FILE}.`,
		Example: "  rolloutdesk comms bundle new-checkout -o new-checkout-comms.zip\n" +
			"  rolloutdesk comms bundle new-checkout --phase \"Beta 5%\" -o beta.zip",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				var zipped bytes.Buffer
				if err := w.Comms.WriteBundle(cmd.Context(), args[0], phase, &zipped); err != nil {
					return releaseHint(err)
				}
				if err := os.WriteFile(out, zipped.Bytes(), 0o644); err != nil {
					return fmt.Errorf("write bundle: %w", err)
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
