package ldfake

import (
	"testing"
)

func TestPageQuirks(t *testing.T) {
	srv := newGenerated(t, 5) // 3 environments, 5 segments each
	tests := []struct {
		name      string
		quirks    PageQuirks
		target    string
		wantItems int
		wantTotal int    // -1: no totalCount
		wantNext  string // the next link; "": none
	}{
		{"none", PageQuirks{}, "/api/v2/projects/web/environments?limit=2", 2, 3, "/api/v2/projects/web/environments?limit=2&offset=2"},
		{"3 environments served 2 a page", PageQuirks{MaxPageSize: 2}, "/api/v2/projects/web/environments?limit=20",
			2, 3, "/api/v2/projects/web/environments?limit=2&offset=2"},
		{"the capped last page", PageQuirks{MaxPageSize: 2}, "/api/v2/projects/web/environments?limit=20&offset=2", 1, 3, ""},
		{"a cap above the limit changes nothing", PageQuirks{MaxPageSize: 50}, "/api/v2/flags/web?limit=3", 3, 5, "/api/v2/flags/web?limit=3&offset=3"},
		{"flags capped below 100", PageQuirks{MaxPageSize: 2}, "/api/v2/flags/web?env=production&limit=100&summary=0",
			2, 5, "/api/v2/flags/web?env=production&limit=2&offset=2&summary=0"},
		{"segments capped", PageQuirks{MaxPageSize: 2}, "/api/v2/segments/web/production?limit=20", 2, 5, ""},
		{"totalCount overstated: no link to the items it announces", PageQuirks{ExtraTotal: 2}, "/api/v2/projects/web/environments", 3, 5, ""},
		{"both", PageQuirks{MaxPageSize: 2, ExtraTotal: 2}, "/api/v2/flags/web?limit=100&offset=4", 1, 7, ""},
		{"flag statuses are not paged", PageQuirks{MaxPageSize: 2, ExtraTotal: 2}, "/api/v2/flag-statuses/web/production", 5, -1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv.SetPageQuirks(tt.quirks)
			c := decodeCollection(t, getPath(t, srv, tt.target))
			total := -1
			if c.TotalCount != nil {
				total = *c.TotalCount
			}
			if len(c.Items) != tt.wantItems || total != tt.wantTotal || c.Links["next"].Href != tt.wantNext {
				t.Errorf("%d items, totalCount %d, next %q; want %d, %d, %q", len(c.Items), total, c.Links["next"].Href,
					tt.wantItems, tt.wantTotal, tt.wantNext)
			}
		})
	}
}
