package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/workspace"
)

func newTemplatesCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "Import and export the communication templates as Markdown files",
		Long: `Communication templates are Markdown files with YAML front matter:

  ---
  channel: email            # email, in_app or support
  trigger: phase            # phase (default), incident or rollback
  phase: Beta 5%            # see below; default "*"
  audience: Beta customers
  subject: "Try {{.Release.Name}} first"    # emails; others use title:
  locale: en
  ---
  # Try {{.Release.Name}} first
  {{.Release.Description}}
  {{template "footer" .}}

phase: selects the phases a template goes out with: a phase name, a list of
names ([Beta, "Beta 5%"]), "*" for every phase, first, last, or
{next-after: NAME}, the phase after NAME ("next-after: NAME" works too).
rolloutdesk comms check RELEASE lists the templates that miss its phases.

trigger: says what sends it. phase templates go out with each phase they
apply to. incident templates are drafted when a kill switch is used on a
linked flag and see .Incident.Flag, .Environment, .At and .Comment; rollback
templates are drafted when a phase is rolled back and see .Rollback.From,
.To, .At and .Comment. Both render for the phase it happened in.

The body and the subject, title and audience are Go templates with .Release,
.Phase, .Phases, .Flags, .Links and .Today, and the helpers date, plural,
upper, lower and join. A phase has .Starts and .Ends (the actual dates, else
the planned ones) and, apart, .PlannedStart, .PlannedEnd, .StartedAt and
.EndedAt (nil until it happened): {{with .Phase.StartedAt}}started on
{{date .}}{{else}}starts on {{date .Phase.PlannedStart}}{{end}}.

A file named _NAME.md is a partial, included with {{template "NAME" .}}.
Raw HTML shows as text. Keep the files in git: export, edit, review, import.`,
		Example: "  rolloutdesk templates export comms/templates\n  rolloutdesk templates import comms/templates",
	}
	cmd.AddCommand(newTemplatesImportCmd(g), newTemplatesExportCmd(g))
	return cmd
}

func newTemplatesImportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import DIR",
		Short: "Save every NAME.md template file in DIR as template NAME",
		Long: `Reads every *.md file in DIR (not its sub-folders) and saves it as the
template named after the file, replacing the template of that name. Each file
is parsed and trial-rendered against the demo release first; when any file has
a problem nothing is saved and every problem is printed as NAME.md:LINE:
reason, separated by "; ". With --json it prints {"dir":DIR,"templates":[NAME...]}.`,
		Example: "  rolloutdesk templates import comms/templates",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				saved, err := w.Comms.ImportTemplates(cmd.Context(), args[0])
				if err != nil {
					return problems(err)
				}
				names := make([]string, len(saved))
				for i, t := range saved {
					names[i] = t.Name
				}
				return g.print(map[string]any{"dir": args[0], "templates": names},
					fmt.Sprintf("Imported %s from %s", count(len(saved), "template"), args[0]))
			})
		},
	}
}

func newTemplatesExportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "export DIR",
		Short: "Write every template to DIR as NAME.md",
		Long: `Writes each template of the workspace, starter templates included, to DIR as
NAME.md, creating DIR when missing. Files of the same names are replaced, each
as a whole; other files are left alone. With --json it prints
{"dir":DIR,"files":[PATH...]}.`,
		Example: "  rolloutdesk templates export comms/templates",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				files, err := w.Comms.ExportTemplates(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				return g.print(map[string]any{"dir": args[0], "files": files},
					fmt.Sprintf("Exported %s to %s", count(len(files), "template"), args[0]))
			})
		},
	}
}

// problems puts an error listing one problem a line on one line, the
// problems separated by "; ".
func problems(err error) error {
	return errors.New(strings.ReplaceAll(err.Error(), "\n", "; "))
}
