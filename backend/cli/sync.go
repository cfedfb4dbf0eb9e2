package cli

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/syncer"
	"rolloutdesk/backend/workspace"
)

// syncFlags are the options shared by both providers' sync commands.
type syncFlags struct {
	project     string
	envs        []string
	workspaceID string   // Split only
	envIDs      []string // Split only
	baseURL     string
	apiKeyAuth  bool
	concurrency int
}

func newSyncCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Pull flag state from LaunchDarkly or Split into the workspace",
		Long: `Reads every flag of a project (LaunchDarkly) or workspace (Split) in the given
environments — all of them without --env — and stores the state as one
snapshot: all of it or nothing, so a failed sync leaves the previous state.

The token comes from LAUNCHDARKLY_API_TOKEN or SPLIT_ADMIN_API_KEY, else from
the system keyring entry of a saved connection for the same project.`,
	}
	cmd.AddCommand(
		newProviderSyncCmd(g, provider.LaunchDarkly,
			"  LAUNCHDARKLY_API_TOKEN=api-… rolloutdesk sync launchdarkly --project default --env production --env staging --json"),
		newProviderSyncCmd(g, provider.Split,
			"  SPLIT_ADMIN_API_KEY=… rolloutdesk sync split --workspace \"Web Store\" --env Production"),
	)
	return cmd
}

func newProviderSyncCmd(g *globals, providerName, example string) *cobra.Command {
	var f syncFlags
	cmd := &cobra.Command{
		Use:     providerName,
		Short:   "Sync flags from " + providerName,
		Example: example,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			project, override, err := f.account()
			if err != nil {
				return err
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				started := time.Now()
				res, err := w.Sync.Sync(cmd.Context(), syncer.Request{Provider: providerName, Project: project, Override: override}, nil)
				if err != nil {
					return err
				}
				states := slices.Clone(res.States)
				slices.SortFunc(states, compareStates)
				return g.print(map[string]any{"flags": states}, fmt.Sprintf("Synced %d flag states from %s %s in %s; %d changed.",
					res.Run.Flags, providerName, res.Run.Project, time.Since(started).Round(time.Millisecond), res.Run.Changed)+driftLines(res.DriftChanges))
			})
		},
	}
	registerTargetFlags(cmd, providerName, &f)
	cmd.Flags().StringArrayVar(&f.envs, "env", nil, envHelp(providerName)+"; repeat for several; none means every environment")
	cmd.Flags().IntVar(&f.concurrency, "concurrency", 6, "requests in flight at once")
	return cmd
}

func envHelp(providerName string) string {
	if providerName == provider.Split {
		return "environment name (case-sensitive) or id"
	}
	return "environment key"
}

// registerTargetFlags adds the flags that say which account to reach: the
// project or workspace, the API address and, for Split, the auth header.
func registerTargetFlags(cmd *cobra.Command, providerName string, f *syncFlags) {
	cmd.Flags().StringVar(&f.baseURL, "base-url", "", "API address (default "+domain.DefaultBaseURL[providerName]+")")
	if providerName != provider.Split {
		cmd.Flags().StringVar(&f.project, "project", "", "project key (required)")
		cmd.MarkFlagRequired("project")
		return
	}
	cmd.Flags().StringVar(&f.project, "workspace", "", "workspace name or id (required unless --workspace-id is given)")
	cmd.Flags().StringVar(&f.workspaceID, "workspace-id", "", "workspace id: with --env-id, no admin-only workspace or environment listings are made, so a flags-only key works")
	cmd.Flags().StringArrayVar(&f.envIDs, "env-id", nil, "environment id (with --workspace-id); repeat for several")
	cmd.Flags().BoolVar(&f.apiKeyAuth, "x-api-key", false, "send the token as x-api-key (Harness tokens) instead of Authorization: Bearer")
	cmd.MarkFlagsOneRequired("workspace", "workspace-id")
}

// account is the project the flags name (the workspace id when no name is
// given) and their fields over the saved connection to it; a saved
// connection lends its name (for its keyring token), address and auth.
func (f syncFlags) account() (string, *domain.ConnectionOverride, error) {
	if f.concurrency < 0 {
		return "", nil, fmt.Errorf("--concurrency must be at least 1 (or 0 for the default, 6)")
	}
	if len(f.envIDs) > 0 && f.workspaceID == "" {
		return "", nil, fmt.Errorf("--env-id needs --workspace-id: environment ids are only used together with the workspace id")
	}
	return cmp.Or(f.project, f.workspaceID), &domain.ConnectionOverride{Environments: f.envs, WorkspaceID: f.workspaceID, EnvironmentIDs: f.envIDs,
		BaseURL: f.baseURL, APIKeyAuth: f.apiKeyAuth, MaxInFlight: f.concurrency}, nil
}

// driftLines lists the verdicts a sync changed, one per line.
func driftLines(changes []drift.Change) string {
	var b strings.Builder
	for _, c := range changes {
		fmt.Fprintf(&b, "\n%s: %s %s is now %s. %s", c.Release, c.Flag.Environment, c.Flag.Key, c.Flag.Verdict, c.Flag.Reason)
	}
	return b.String()
}

// compareStates orders flag states by provider, project, environment and key.
func compareStates(a, b provider.FlagState) int {
	return cmp.Or(cmp.Compare(a.Provider, b.Provider), cmp.Compare(a.Project, b.Project),
		cmp.Compare(a.Environment, b.Environment), cmp.Compare(a.Key, b.Key))
}
