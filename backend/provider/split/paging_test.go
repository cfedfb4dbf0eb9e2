package split_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"

	"rolloutdesk/backend/provider/split"
)

// TestPagingStopsAtShortPage serves envelopes whose totalCount promises more
// than the pages hold, as when flags are deleted mid-listing.
func TestPagingStopsAtShortPage(t *testing.T) {
	tests := []struct {
		name      string
		total     int
		sizes     map[int]int // objects served per offset
		want      int
		wantCalls int64
	}{
		{"exact pages", 120, map[int]int{0: 50, 50: 50, 100: 20}, 120, 3},
		{"short first page", 200, map[int]int{0: 10}, 10, 1},
		{"short middle page drops the rest", 200, map[int]int{0: 50, 50: 20, 100: 50, 150: 50}, 70, 4},
		{"empty listing", 0, map[int]int{}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int64
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
				objects := make([]split.Definition, tt.sizes[offset])
				for i := range objects {
					objects[i].Name = fmt.Sprintf("f%d", offset+i)
				}
				json.NewEncoder(w).Encode(map[string]any{"objects": objects, "offset": offset, "limit": 50, "totalCount": tt.total})
			}))
			defer srv.Close()
			c, err := split.New(split.Options{BaseURL: srv.URL, Token: "t"})
			if err != nil {
				t.Fatal(err)
			}
			defs, err := c.Definitions(context.Background(), split.Workspace{ID: "w", Name: "W"}, split.Environment{ID: "e", Name: "E"})
			if err != nil {
				t.Fatal(err)
			}
			if len(defs) != tt.want || calls.Load() != tt.wantCalls {
				t.Errorf("got %d definitions in %d calls, want %d in %d", len(defs), calls.Load(), tt.want, tt.wantCalls)
			}
			for i, d := range defs {
				if d.Name != fmt.Sprintf("f%d", i) {
					t.Fatalf("definition %d is %s: pages out of order", i, d.Name)
				}
			}
		})
	}
}
