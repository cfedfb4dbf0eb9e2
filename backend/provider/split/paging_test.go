package split_test

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"rolloutdesk/backend/provider/split"
)

// pagedList is a test server's list of definitions f0, f1, ... and how it
// pages them.
type pagedList struct {
	items int
	// cap, when positive, caps every page below the limit asked; the
	// envelope echoes the capped limit. -1 leaves the limit out.
	cap int
	// total is the totalCount sent; nil leaves it out.
	total *int
	// sizes overrides how many objects the page at an offset holds, as
	// when flags are deleted mid-listing.
	sizes map[int]int
}

// serve answers one page and records "offset/limit" asked in calls.
func (l pagedList) serve(mu *sync.Mutex, calls *[]string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		mu.Lock()
		*calls = append(*calls, fmt.Sprintf("%d/%d", offset, limit))
		mu.Unlock()
		if l.cap > 0 {
			limit = min(limit, l.cap)
		}
		n := max(0, min(limit, l.items-offset))
		if size, ok := l.sizes[offset]; ok {
			n = size
		}
		objects := make([]split.Definition, n)
		for i := range objects {
			objects[i].Name = fmt.Sprintf("f%d", offset+i)
		}
		env := map[string]any{"objects": objects, "offset": offset}
		if l.cap >= 0 {
			env["limit"] = limit
		}
		if l.total != nil {
			env["totalCount"] = *l.total
		}
		json.NewEncoder(w).Encode(env)
	}
}

func TestPaging(t *testing.T) {
	count := func(n int) *int { return &n }
	tests := []struct {
		name      string
		list      pagedList
		want      int    // definitions listed
		wantCalls string // offset/limit asked, in order of offset
		wantErr   string
	}{
		{"exact pages", pagedList{items: 120, total: count(120)}, 120, "0/50 50/50 100/50", ""},
		{"whole pages", pagedList{items: 100, total: count(100)}, 100, "0/50 50/50", ""},
		{"empty listing", pagedList{total: count(0)}, 0, "0/50", ""},
		{"capped below the limit asked", pagedList{items: 45, cap: 20, total: count(45)}, 45, "0/50 20/20 40/20", ""},
		{"no limit echoed", pagedList{items: 60, cap: -1, total: count(60)}, 60, "0/50 50/50", ""},
		{"no total: until a short page", pagedList{items: 120}, 120, "0/50 50/50 100/50", ""},
		{"no total: an empty page ends whole pages", pagedList{items: 100}, 100, "0/50 50/50 100/50", ""},
		{"no total: empty listing", pagedList{}, 0, "0/50", ""},
		{"no total, capped", pagedList{items: 45, cap: 20}, 45, "0/50 20/20 40/20", ""},
		{"short first page", pagedList{items: 10, total: count(200)}, 0, "0/50",
			"list definitions W/E: the server's totalCount is 200 but its pages held only 10; the list changed while it was read, try again"},
		{"short middle page", pagedList{items: 200, total: count(200), sizes: map[int]int{50: 20}}, 0, "0/50 50/50 100/50 150/50",
			"list definitions W/E: the server's totalCount is 200 but its pages held only 170"},
		{"capped and short", pagedList{items: 30, cap: 20, total: count(45)}, 0, "0/50 20/20 40/20",
			"the server's totalCount is 45 but its pages held only 30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var calls []string
			srv := httptest.NewServer(tt.list.serve(&mu, &calls))
			defer srv.Close()
			c, err := split.New(split.Options{BaseURL: srv.URL, Token: "t"})
			if err != nil {
				t.Fatal(err)
			}
			defs, err := c.Definitions(context.Background(), split.Workspace{ID: "w", Name: "W"}, split.Environment{ID: "e", Name: "E"})
			sortByOffset(calls)
			if got := strings.Join(calls, " "); got != tt.wantCalls {
				t.Errorf("asked for %s, want %s", got, tt.wantCalls)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || defs != nil {
					t.Fatalf("got %d definitions, error %v; want no definitions and an error containing %q", len(defs), err, tt.wantErr)
				}
				return
			}
			if err != nil || len(defs) != tt.want {
				t.Fatalf("got %d definitions, error %v; want %d", len(defs), err, tt.want)
			}
			for i, d := range defs {
				if d.Name != fmt.Sprintf("f%d", i) {
					t.Fatalf("definition %d is %s: pages out of order or overlapping", i, d.Name)
				}
			}
		})
	}
}

// sortByOffset orders "offset/limit" calls by offset: pages after the
// first may be asked for concurrently.
func sortByOffset(calls []string) {
	offset := func(call string) int {
		n, _ := strconv.Atoi(strings.Split(call, "/")[0])
		return n
	}
	slices.SortFunc(calls, func(a, b string) int { return cmp.Compare(offset(a), offset(b)) })
}
