package launchdarkly

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"

	"rolloutdesk/backend/provider/transport"
)

// lister serves a collection of n projects whose envelope misbehaves as
// configured, to check how collect pages.
type lister struct {
	n          int
	totalCount int    // announced; -1: left out
	links      string // "next": relative next links; "absolute": next links to another host; "": none
	requests   atomic.Int32
}

func (l *lister) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.requests.Add(1)
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	var body struct {
		Items      []Project       `json:"items"`
		Links      map[string]Link `json:"_links"`
		TotalCount *int            `json:"totalCount,omitempty"`
	}
	body.Items = []Project{}
	for i := offset; i < min(offset+limit, l.n); i++ {
		body.Items = append(body.Items, Project{Key: fmt.Sprintf("p%03d", i)})
	}
	body.Links = map[string]Link{}
	if next := offset + limit; next < l.n {
		switch l.links {
		case "next":
			body.Links["next"] = Link{Href: fmt.Sprintf("/api/v2/projects?limit=%d&offset=%d", limit, next)}
		case "absolute":
			body.Links["next"] = Link{Href: fmt.Sprintf("http://elsewhere.example/api/v2/projects?limit=%d&offset=%d", limit, next)}
		}
	}
	if l.totalCount >= 0 {
		body.TotalCount = &l.totalCount
	}
	json.NewEncoder(w).Encode(body)
}

func TestCollect(t *testing.T) {
	tests := []struct {
		name         string
		lister       *lister
		offsetPaging bool
		wantItems    int
		wantRequests int32
		wantErr      bool
	}{
		{"totalCount right", &lister{n: 45, totalCount: 45, links: "next"}, false, 45, 3, false},
		{"totalCount too low: next links go on", &lister{n: 45, totalCount: 15, links: "next"}, false, 45, 3, false},
		{"totalCount too high: short page ends it", &lister{n: 25, totalCount: 95, links: "next"}, false, 25, 5, false},
		{"no totalCount: next links", &lister{n: 45, totalCount: -1, links: "next"}, false, 45, 3, false},
		{"no next link ends it", &lister{n: 45, totalCount: -1}, false, 20, 1, false},
		{"offset paging without links", &lister{n: 45, totalCount: -1}, true, 45, 3, false},
		{"offset paging, exact multiple", &lister{n: 40, totalCount: -1}, true, 40, 3, false},
		{"link to another host refused", &lister{n: 45, totalCount: -1, links: "absolute"}, false, 0, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.lister)
			defer srv.Close()
			c, err := New("api-test", Options{BaseURL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			l := listing{call: transport.Call{Name: "list test"}, segments: []string{"projects"}, limit: 20, offsetPaging: tt.offsetPaging}
			got, err := collect(context.Background(), c, l, nil, keep[Project])
			if (err != nil) != tt.wantErr {
				t.Fatalf("collect error %v, want error %v", err, tt.wantErr)
			}
			if len(got) != tt.wantItems {
				t.Errorf("%d items, want %d", len(got), tt.wantItems)
			}
			for i, p := range got {
				if p.Key != fmt.Sprintf("p%03d", i) {
					t.Fatalf("item %d is %s: out of order", i, p.Key)
				}
			}
			if n := tt.lister.requests.Load(); n != tt.wantRequests {
				t.Errorf("%d requests, want %d", n, tt.wantRequests)
			}
		})
	}
}

func TestResolveDecodedNextLink(t *testing.T) {
	c, err := New("api-test", Options{BaseURL: "https://app.launchdarkly.com"})
	if err != nil {
		t.Fatal(err)
	}
	var links Links
	// As the real API writes it: & escaped as \u0026.
	if err := json.Unmarshal([]byte(`{"next":{"href":"/api/v2/flags/p?env=a\u0026limit=100\u0026offset=100\u0026summary=0"}}`), &links); err != nil {
		t.Fatal(err)
	}
	u, err := c.resolve(links.Next.Href)
	if err != nil {
		t.Fatal(err)
	}
	if got := u.String(); got != "https://app.launchdarkly.com/api/v2/flags/p?env=a&limit=100&offset=100&summary=0" {
		t.Errorf("resolved to %s", got)
	}
}
