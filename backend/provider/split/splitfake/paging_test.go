package splitfake

import (
	"fmt"
	"net/http"
	"testing"
)

func TestPaging(t *testing.T) {
	srv := New(Options{})
	defer srv.Close()
	ws := srv.Generate(Synthetic{Environments: []string{"Production"}, Flags: 45, Seed: 1})
	f := fixture{srv: srv}
	defs := "/splits/ws/" + ws.ID + "/environments/Production"
	total := func(n int) *int { return &n }
	tests := []struct {
		name      string
		paging    Paging
		query     string
		status    int
		wantCount int
		wantLimit int
		wantTotal *int // nil: left out
	}{
		{"default limit", Paging{}, "", http.StatusOK, 20, 20, total(45)},
		{"as asked", Paging{}, "?limit=50", http.StatusOK, 45, 50, total(45)},
		{"capped below the limit asked", Paging{Cap: 15}, "?limit=50", http.StatusOK, 15, 15, total(45)},
		{"capped from an offset", Paging{Cap: 15}, "?offset=40&limit=50", http.StatusOK, 5, 15, total(45)},
		{"a cap above the limit asked", Paging{Cap: 30}, "?limit=10", http.StatusOK, 10, 10, total(45)},
		{"the maximum still holds", Paging{Cap: 15}, "?limit=51", http.StatusBadRequest, 0, 0, nil},
		{"total left out", Paging{OmitTotalCount: true}, "?limit=50", http.StatusOK, 45, 50, nil},
		{"capped and total left out", Paging{Cap: 15, OmitTotalCount: true}, "?offset=30&limit=50", http.StatusOK, 15, 15, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv.SetPaging(tt.paging)
			r := f.call(t, "GET", defs+tt.query, "")
			wantStatus(t, r, tt.status)
			if tt.status != http.StatusOK {
				return
			}
			got := decode[struct {
				Objects    []Definition `json:"objects"`
				Limit      int          `json:"limit"`
				TotalCount *int         `json:"totalCount"`
			}](t, r)
			if len(got.Objects) != tt.wantCount || got.Limit != tt.wantLimit || fmt.Sprint(deref(got.TotalCount)) != fmt.Sprint(deref(tt.wantTotal)) {
				t.Errorf("got %d objects, limit %d, total %v; want %d, %d, %v: %.200s",
					len(got.Objects), got.Limit, deref(got.TotalCount), tt.wantCount, tt.wantLimit, deref(tt.wantTotal), r.body)
			}
		})
	}
	srv.SetPaging(Paging{Cap: 1})
	envelopeOf("Default")(t, f.call(t, "GET", "/workspaces?limit=5", ""))
}

// deref is *n, or "absent" when n is nil.
func deref(n *int) any {
	if n == nil {
		return "absent"
	}
	return *n
}
