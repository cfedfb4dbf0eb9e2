package split_test

import (
	"testing"

	"rolloutdesk/backend/provider/syncbench"
)

// requiredRequests is how many requests a sync of flags flags in envs
// environments of the only workspace needs: one workspaces page, one
// environments list, and per environment the definition pages at 50 per
// page (a list with no flags still takes a page).
func requiredRequests(flags, envs int) int {
	return 1 + 1 + envs*max(1, (flags+49)/50)
}

func TestFetchMakesOnlyTheRequestsPagingRequires(t *testing.T) {
	syncbench.CheckRequests(t, defaultSync, []syncbench.Case{
		{Flags: 120, Environments: 3, WantRequests: 2 + 3*3},
		{Flags: 150, Environments: 3, WantRequests: 2 + 3*3},
		{Flags: 151, Environments: 3, WantRequests: 2 + 3*4},
		{Flags: 0, Environments: 3, WantRequests: 2 + 3*1},
		{Flags: 50, Environments: 1, WantRequests: 2 + 1},
	})
}
