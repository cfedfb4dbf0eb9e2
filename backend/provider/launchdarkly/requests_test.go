package launchdarkly

import (
	"testing"

	"rolloutdesk/backend/provider/syncbench"
)

// requiredRequests is how many requests a sync of flags flags in envs
// environments needs: one environments page, the flags pages at 100 flags
// and 3 environments per request (a list with no flags still takes a
// page), and one flag-statuses list per environment.
func requiredRequests(flags, envs int) int {
	pages := max(1, (flags+99)/100)
	envGroups := (envs + 2) / 3
	return 1 + pages*envGroups + envs
}

func TestFetchMakesOnlyTheRequestsPagingRequires(t *testing.T) {
	syncbench.CheckRequests(t, webSync, []syncbench.Case{
		{Flags: 250, Environments: 3, WantRequests: 1 + 3 + 3},
		{Flags: 300, Environments: 3, WantRequests: 1 + 3 + 3},
		{Flags: 301, Environments: 3, WantRequests: 1 + 4 + 3},
		{Flags: 0, Environments: 3, WantRequests: 1 + 1 + 3},
		{Flags: 250, Environments: 5, WantRequests: 1 + 3*2 + 5},
	})
}
