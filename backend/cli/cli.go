// Package cli is Rollout Desk's command line, built into the same binary as
// the desktop app: with arguments the binary runs a command instead of
// opening a window. It uses spf13/cobra, so global flags work before or after
// the sub-command.
package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/workspace"
)

// GUI opens the desktop window on the workspace in dataDir. It is nil in
// builds without the desktop front end.
type GUI func(ctx context.Context, dataDir string) error

// globals are the flags every command accepts.
type globals struct {
	dataDir string
	json    bool
	actor   string
	stdout  io.Writer
}

// Execute runs the command line in args (without the program name) and
// returns the process exit code: 0 on success, 1 with a one-line cause on
// stderr otherwise. Commands may return an *ExitError for other codes.
func Execute(ctx context.Context, args []string, stdout, stderr io.Writer, gui GUI) int {
	root := newRoot(stdout, gui)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	code := 1
	if ee, ok := err.(*ExitError); ok {
		code = ee.Code
		err = ee.Err
	}
	if err != nil {
		fmt.Fprintln(stderr, "rolloutdesk: "+oneLine(err.Error()))
	}
	return code
}

// ExitError carries a specific exit code; Err may be nil when the command
// already said everything.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func newRoot(stdout io.Writer, gui GUI) *cobra.Command {
	g := &globals{stdout: stdout}
	root := &cobra.Command{
		Use:   "rolloutdesk",
		Short: "Plan phased releases against real LaunchDarkly and Split flag state",
		Long: `Rollout Desk coordinates phased feature launches: it keeps the release plan
in a local SQLite workspace, pulls flag state from LaunchDarkly and Split, and
generates the announcements and support guides for each phase.

Without a command it opens the desktop app.`,
		Example: `  rolloutdesk                          open the desktop app
  rolloutdesk --data-dir ./ws version  print the version using ./ws
  rolloutdesk backup ~/rolloutdesk-$(date +%F).db`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gui == nil {
				return fmt.Errorf("this build has no desktop window; run a command (see rolloutdesk help)")
			}
			dir, err := workspace.ResolveDataDir(g.dataDir)
			if err != nil {
				return err
			}
			return gui(cmd.Context(), dir)
		},
	}
	root.PersistentFlags().StringVar(&g.dataDir, "data-dir", "",
		"workspace folder (default $"+workspace.DataDirEnv+", else rolloutdesk/ in your config folder)")
	root.PersistentFlags().BoolVar(&g.json, "json", false, "print machine-readable JSON")
	root.PersistentFlags().StringVar(&g.actor, "actor", "",
		"who the audit log names for this command's changes (default the name set in Settings, else your OS user)")
	root.AddCommand(newVersionCmd(g), newBackupCmd(g), newDemoCmd(g), newFlagsCmd(g), newSyncCmd(g), newDriftCmd(g), newPlanCmd(g), newKillCmd(g, false), newKillCmd(g, true), newTemplatesCmd(g), newCommsCmd(g),
		newReadinessCmd(g), newStatusCmd(g), newMetricsCmd(g), newCriteriaCmd(g), newFeedbackCmd(g), newReportCmd(g))
	return root
}

// open opens the workspace named by the global flags for a command. The CLI
// never seeds the demo.
func (g *globals) open(ctx context.Context) (*workspace.Workspace, error) {
	dir, err := workspace.ResolveDataDir(g.dataDir)
	if err != nil {
		return nil, err
	}
	return workspace.Open(ctx, workspace.Options{DataDir: dir, Actor: g.actor})
}

// withWorkspace runs fn on an open workspace and closes it afterwards.
func (g *globals) withWorkspace(ctx context.Context, fn func(*workspace.Workspace) error) error {
	w, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer w.Close()
	return fn(w)
}

// print writes v as indented JSON when --json is set, else text.
func (g *globals) print(v any, text string) error {
	if !g.json {
		_, err := fmt.Fprintln(g.stdout, text)
		return err
	}
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
