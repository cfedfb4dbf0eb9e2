package split_test

import (
	"testing"

	"rolloutdesk/backend/provider/split/splitfake"
	"rolloutdesk/backend/provider/syncbench"
)

// requiredRequests is how many requests a sync of flags flags in envs
// environments of the only workspace needs in mode m: unless the ids are
// known, one workspaces page and one environments list; then per
// environment the definition pages, 50 a page or the fake's cap. A list
// with no flags still takes a page, and without totalCount a list of whole
// pages takes an empty one after them.
func (m syncMode) requiredRequests(flags, envs int) int {
	page := 50
	if m.paging.Cap > 0 {
		page = min(page, m.paging.Cap)
	}
	pages := max(1, (flags+page-1)/page)
	if m.paging.OmitTotalCount {
		pages = flags/page + 1
	}
	lookups := 2
	if m.byIDs {
		lookups = 0
	}
	return lookups + envs*pages
}

func TestFetchMakesOnlyTheRequestsPagingRequires(t *testing.T) {
	tests := []struct {
		name  string
		mode  syncMode
		cases []syncbench.Case
	}{
		{"names looked up", syncMode{}, []syncbench.Case{
			{Flags: 120, Environments: 3, WantRequests: 2 + 3*3},
			{Flags: 150, Environments: 3, WantRequests: 2 + 3*3},
			{Flags: 151, Environments: 3, WantRequests: 2 + 3*4},
			{Flags: 0, Environments: 3, WantRequests: 2 + 3*1},
			{Flags: 50, Environments: 1, WantRequests: 2 + 1},
		}},
		{"ids known", syncMode{byIDs: true}, []syncbench.Case{
			{Flags: 120, Environments: 3, WantRequests: 3 * 3},
			{Flags: 0, Environments: 3, WantRequests: 3 * 1},
			{Flags: 50, Environments: 1, WantRequests: 1},
		}},
		{"pages capped at 20", syncMode{paging: splitfake.Paging{Cap: 20}}, []syncbench.Case{
			{Flags: 120, Environments: 3, WantRequests: 2 + 3*6},
			{Flags: 121, Environments: 3, WantRequests: 2 + 3*7},
			{Flags: 0, Environments: 3, WantRequests: 2 + 3*1},
		}},
		{"no totalCount", syncMode{paging: splitfake.Paging{OmitTotalCount: true}}, []syncbench.Case{
			{Flags: 120, Environments: 3, WantRequests: 2 + 3*3},
			{Flags: 150, Environments: 3, WantRequests: 2 + 3*4},
			{Flags: 0, Environments: 3, WantRequests: 2 + 3*1},
		}},
		{"ids known, pages capped at 20, no totalCount", syncMode{byIDs: true, paging: splitfake.Paging{Cap: 20, OmitTotalCount: true}}, []syncbench.Case{
			{Flags: 120, Environments: 3, WantRequests: 3 * 7},
			{Flags: 45, Environments: 1, WantRequests: 3},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { syncbench.CheckRequests(t, tt.mode.setup, tt.cases) })
	}
}
