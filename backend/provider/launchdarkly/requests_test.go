package launchdarkly

import (
	"testing"

	"rolloutdesk/backend/provider/syncbench"
)

// requiredRequests is how many requests a sync of flags flags, archived of
// them archived, in envs environments needs from a fake that serves at most
// pageCap items a page (0: as many as asked for): the environments pages
// (20 a page), then for each group of 3 environments the pages of the live
// flags and those of the archived ones (100 a page; a list with nothing in
// it still takes a page), and one flag-statuses list per environment.
func requiredRequests(flags, archived, envs, pageCap int) int {
	pages := func(items, limit int) int {
		if pageCap > 0 {
			limit = min(limit, pageCap)
		}
		return max(1, (items+limit-1)/limit)
	}
	envGroups := (envs + maxEnvsPerRequest - 1) / maxEnvsPerRequest
	return pages(envs, smallPage) + envGroups*(pages(flags-archived, flagPage)+pages(archived, flagPage)) + envs
}

func TestFetchMakesOnlyTheRequestsPagingRequires(t *testing.T) {
	tests := []struct {
		name              string
		archived, pageCap int
		cases             []syncbench.Case
	}{
		{"pages as asked for", 0, 0, []syncbench.Case{
			{Flags: 250, Environments: 3, WantRequests: 1 + (3 + 1) + 3},
			{Flags: 300, Environments: 3, WantRequests: 1 + (3 + 1) + 3},
			{Flags: 301, Environments: 3, WantRequests: 1 + (4 + 1) + 3},
			{Flags: 0, Environments: 3, WantRequests: 1 + (1 + 1) + 3},
			{Flags: 250, Environments: 5, WantRequests: 1 + (3+1)*2 + 5},
		}},
		{"120 archived", 120, 0, []syncbench.Case{
			{Flags: 250, Environments: 3, WantRequests: 1 + (2 + 2) + 3},
			{Flags: 120, Environments: 3, WantRequests: 1 + (1 + 2) + 3},
			{Flags: 250, Environments: 4, WantRequests: 1 + (2+2)*2 + 4},
		}},
		{"pages capped at 2", 0, 2, []syncbench.Case{
			{Flags: 5, Environments: 3, WantRequests: 2 + (3 + 1) + 3},
			{Flags: 6, Environments: 3, WantRequests: 2 + (3 + 1) + 3},
			{Flags: 0, Environments: 1, WantRequests: 1 + (1 + 1) + 1},
			{Flags: 4, Environments: 5, WantRequests: 3 + (2+1)*2 + 5},
		}},
		{"pages capped at 30, 40 archived", 40, 30, []syncbench.Case{
			{Flags: 250, Environments: 5, WantRequests: 1 + (7+2)*2 + 5},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			syncbench.CheckRequests(t, fakeSync(tt.archived, tt.pageCap), tt.cases)
		})
	}
}
