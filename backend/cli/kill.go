package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/workspace"
)

// killFlags are the options of kill and restore.
type killFlags struct {
	syncFlags
	env, flag, comment, release string
	yes                         bool
}

func newKillCmd(g *globals, on bool) *cobra.Command {
	name, what := "kill", "Turn a flag off for everyone (kill switch)"
	if on {
		name, what = "restore", "Turn a killed flag back on"
	}
	cmd := &cobra.Command{
		Use:   name,
		Short: what + " through LaunchDarkly or Split",
		Long: what + `. LaunchDarkly gets a semantic patch (turnFlagOff / turnFlagOn) with
your comment; Split gets PUT …/kill or …/restore. The flag is read again
afterwards and the real result is shown. An environment that requires
approvals refuses the change; that is reported, never shown as success.

A kill drafts the incident notices (templates with trigger: incident) of
every release linking the flag, with the time, the flag, its environment and
--comment; the app lists them under "Who to tell", and
rolloutdesk comms render RELEASE --trigger incident --out DIR writes them.`,
	}
	for _, providerName := range []string{provider.LaunchDarkly, provider.Split} {
		cmd.AddCommand(newProviderKillCmd(g, name, providerName, on))
	}
	return cmd
}

func newProviderKillCmd(g *globals, name, providerName string, on bool) *cobra.Command {
	var f killFlags
	cmd := &cobra.Command{
		Use:     providerName,
		Short:   fmt.Sprintf("%s a %s flag", name, providerName),
		Example: fmt.Sprintf("  rolloutdesk %s %s --project default --env production --flag new-checkout --yes --comment \"INC-1234\"", name, providerName),
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			project, via, err := f.account()
			if err != nil {
				return err
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				id := provider.ID{Provider: providerName, Project: project, Environment: f.env, Key: f.flag}
				var warnings []string
				if !on {
					impact, err := w.Actions.KillImpact(cmd.Context(), id)
					if err != nil {
						return err
					}
					warnings = impact.Warnings
				}
				if !f.yes {
					return fmt.Errorf("%s changes %s in %s for everyone%s: re-run with --yes to confirm", name, f.flag, f.env, warningClause(warnings))
				}
				for _, warning := range warnings {
					fmt.Fprintln(cmd.ErrOrStderr(), "warning: "+warning)
				}
				res, _, err := w.Actions.Kill(cmd.Context(), actions.KillRequest{ID: id, On: on, Comment: f.comment, Release: f.release, Via: via})
				if err != nil {
					return err
				}
				return g.print(res, fmt.Sprintf("%s is now %s in %s (was %s).", f.flag, onOff(res.After.On), f.env, onOff(res.Before.On)))
			})
		},
	}
	registerTargetFlags(cmd, providerName, &f.syncFlags)
	cmd.Flags().StringVar(&f.env, "env", "", "environment key (LaunchDarkly) or name/id (Split) (required)")
	cmd.Flags().StringVar(&f.flag, "flag", "", "flag key (required)")
	cmd.Flags().StringVar(&f.comment, "comment", "", "why, for the provider's audit log")
	cmd.Flags().StringVar(&f.release, "release", "", "file the audit event under this release")
	cmd.Flags().BoolVar(&f.yes, "yes", false, "confirm the change")
	for _, required := range []string{"env", "flag"} {
		cmd.MarkFlagRequired(required)
	}
	return cmd
}

// warningClause appends a kill's warnings to its confirmation request.
func warningClause(warnings []string) string {
	if len(warnings) == 0 {
		return ""
	}
	return " (" + strings.Join(warnings, " ") + ")"
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}
