package cli

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/workspace"
)

func newPlanCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Import, export and list release plans kept as YAML files",
		Long: `Release plans can live in git as YAML files: export a release to a file,
edit it, review it like code and import it back. Import is strict and either
saves the whole plan or, listing every problem as FILE:LINE: reason, nothing.`,
		Example: "  rolloutdesk plan export new-checkout -o plans/new-checkout.yaml\n" +
			"  rolloutdesk plan import plans/new-checkout.yaml\n" +
			"  rolloutdesk plan list --json",
	}
	cmd.AddCommand(newPlanImportCmd(g), newPlanExportCmd(g), newPlanListCmd(g))
	return cmd
}

func newPlanImportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.yaml",
		Short: "Save the release plan in FILE.yaml, replacing the release with its key",
		Long: `Reads a plan file and saves it, replacing the release with the same key.
When the file has problems nothing is saved and each problem is printed as
FILE:LINE: reason, separated by "; ". Started and ended times of phases whose
name and status are unchanged are kept. With --json it prints
{"release":KEY,"phases":N,"flags":N}.`,
		Example: "  rolloutdesk plan import plans/new-checkout.yaml",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				p, err := w.Releases.ImportFile(cmd.Context(), args[0])
				if err != nil { // a rejected file has one problem a line; stderr gets one line
					return errors.New(strings.ReplaceAll(err.Error(), "\n", "; "))
				}
				summary := fmt.Sprintf("Imported release %s (%s, %s)", p.Release.Key, count(len(p.Phases), "phase"), count(len(p.Links), "flag"))
				return g.print(map[string]any{"release": p.Release.Key, "phases": len(p.Phases), "flags": len(p.Links)}, summary)
			})
		},
	}
}

func newPlanExportCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "export RELEASE [-o FILE]",
		Short: "Write a release's plan as YAML to stdout or FILE",
		Long: `Writes the plan of the release with key RELEASE in the canonical plan file
format, to stdout or, with -o, to FILE. FILE is replaced as a whole (written
beside it, then renamed), so it is never left half-written; with --json it then
prints {"release":KEY,"file":FILE}. Importing the file unchanged saves the same
plan.`,
		Example: "  rolloutdesk plan export new-checkout\n  rolloutdesk plan export new-checkout -o plans/new-checkout.yaml",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				if out != "" {
					if err := w.Releases.ExportFile(cmd.Context(), args[0], out); err != nil {
						return releaseHint(err)
					}
					return g.print(map[string]string{"release": args[0], "file": out},
						fmt.Sprintf("Exported release %s to %s", args[0], out))
				}
				data, err := w.Releases.Export(cmd.Context(), args[0])
				if err != nil {
					return releaseHint(err)
				}
				_, err = g.stdout.Write(data)
				return err
			})
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of stdout, replacing it")
	return cmd
}

// releaseRow is a release as plan list prints it.
type releaseRow struct {
	Key         string `json:"key"`
	Name        string `json:"name"`
	Owner       string `json:"owner"`
	ActivePhase string `json:"active_phase"`
	Phases      int    `json:"phases"`
	Flags       int    `json:"flags"`
}

func newPlanListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the releases in the workspace",
		Long: `Lists every release, newest first, with its active phase and how many phases
and linked flags it has. With --json it prints {"releases":[{"key", "name",
"owner", "active_phase", "phases", "flags"}]}.`,
		Example: "  rolloutdesk plan list\n  rolloutdesk plan list --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				releases, err := w.Releases.List(cmd.Context())
				if err != nil {
					return err
				}
				rows := make([]releaseRow, len(releases))
				for i, r := range releases {
					rows[i] = releaseRow{Key: r.Key, Name: r.Name, Owner: r.Owner, ActivePhase: r.ActivePhase, Phases: r.Phases, Flags: r.Flags}
				}
				return g.print(map[string]any{"releases": rows}, releaseTable(rows))
			})
		},
	}
}

func releaseTable(rows []releaseRow) string {
	if len(rows) == 0 {
		return "No releases yet. Import one with rolloutdesk plan import FILE.yaml."
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tNAME\tOWNER\tACTIVE PHASE\tPHASES\tFLAGS")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\n", r.Key, r.Name, r.Owner, r.ActivePhase, r.Phases, r.Flags)
	}
	tw.Flush()
	return strings.TrimRight(b.String(), "\n")
}

// count is n with noun, plural unless n is 1: "1 phase", "5 phases".
func count(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
