package launchdarkly

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"rolloutdesk/backend/provider/transport"
)

// lister serves a collection of n projects whose envelope misbehaves as
// configured, to check how collect pages.
type lister struct {
	n          int
	totalCount int         // announced; -1: left out
	links      string      // "next": relative next links; "absolute": next links to another host; "self": next links to the page itself; "": none
	maxPage    int         // when positive, the most items a page holds, whatever the limit
	short      map[int]int // the most items the page at an offset holds
	requests   atomic.Int32
}

func (l *lister) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.requests.Add(1)
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	size := limit // served; links repeat the limit asked for
	if l.maxPage > 0 {
		size = min(size, l.maxPage)
	}
	if short, ok := l.short[offset]; ok {
		size = min(size, short)
	}
	var body struct {
		Items      []Project       `json:"items"`
		Links      map[string]Link `json:"_links"`
		TotalCount *int            `json:"totalCount,omitempty"`
	}
	body.Items = []Project{}
	for i := offset; i < min(offset+size, l.n); i++ {
		body.Items = append(body.Items, Project{Key: fmt.Sprintf("p%03d", i)})
	}
	body.Links = map[string]Link{}
	if next := offset + size; next < l.n {
		switch l.links {
		case "next":
			body.Links["next"] = Link{Href: fmt.Sprintf("/api/v2/projects?limit=%d&offset=%d", limit, next)}
		case "absolute":
			body.Links["next"] = Link{Href: fmt.Sprintf("http://elsewhere.example/api/v2/projects?limit=%d&offset=%d", limit, next)}
		case "self":
			body.Links["next"] = Link{Href: r.URL.RequestURI()}
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
		wantErr      string // a substring of the error; "": none
	}{
		{"totalCount right", &lister{n: 45, totalCount: 45, links: "next"}, false, 45, 3, ""},
		{"totalCount too low: next links go on", &lister{n: 45, totalCount: 15, links: "next"}, false, 45, 3, ""},
		{"totalCount too high: the list is incomplete", &lister{n: 25, totalCount: 95, links: "next"}, false, 0, 5,
			"list test: the list ended before it delivered the items its totalCount announced: it announced 95, its pages held 25"},
		{"no totalCount: next links", &lister{n: 45, totalCount: -1, links: "next"}, false, 45, 3, ""},
		{"no next link ends it", &lister{n: 45, totalCount: -1}, false, 20, 1, ""},
		{"offset paging without links", &lister{n: 45, totalCount: -1}, true, 45, 3, ""},
		{"offset paging, exact multiple", &lister{n: 40, totalCount: -1}, true, 40, 3, ""},
		{"offset paging, exact multiple, totalCount ends it", &lister{n: 40, totalCount: 40}, true, 40, 2, ""},
		{"link to another host refused", &lister{n: 45, totalCount: -1, links: "absolute"}, false, 0, 1, "refusing to follow link"},
		{"link to the same page refused", &lister{n: 45, totalCount: -1, links: "self"}, false, 0, 1, "links to itself"},
		{"pages capped below the limit: fetched at the capped step", &lister{n: 45, totalCount: 45, links: "next", maxPage: 7}, false, 45, 7, ""},
		{"pages capped, no totalCount: next links one by one", &lister{n: 10, totalCount: -1, links: "next", maxPage: 3}, false, 10, 4, ""},
		{"pages capped, offset paging by totalCount", &lister{n: 10, totalCount: 10, maxPage: 3}, true, 10, 4, ""},
		{"a short page in the middle: the pages fetched after it are dropped, links followed", &lister{n: 10, totalCount: 10, links: "next", maxPage: 2, short: map[int]int{2: 1}}, false, 10, 9, ""},
		{"pages capped, totalCount too high", &lister{n: 5, totalCount: 9, links: "next", maxPage: 2}, false, 0, 5,
			"it announced 9, its pages held 5"},
		{"offset paging, totalCount too high", &lister{n: 25, totalCount: 30}, true, 0, 3,
			"it announced 30, its pages held 25"},
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
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("collect error %v, want one with %q", err, tt.wantErr)
			}
			if tt.wantErr != "" && got != nil {
				t.Errorf("%d items alongside the error", len(got))
			}
			if strings.Contains(tt.wantErr, "totalCount") && !errors.Is(err, ErrIncompleteList) {
				t.Errorf("error %v is not ErrIncompleteList", err)
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
