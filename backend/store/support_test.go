package store

import (
	"context"
	"strings"
	"testing"
)

func TestSupportSearch(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	docs := []SupportDoc{
		{Release: "new-checkout", Phase: "Beta 5%", Template: "support-guide", Title: "New checkout — Beta 5% troubleshooting",
			Body: "Customers may report that the payment button is missing. Ask them to sign out and in again."},
		{Release: "new-checkout", Phase: "GA", Template: "known-issues", Title: "Known issues", Body: "Apple Pay fails on Safari 16."},
		{Release: "search-v2", Phase: "Internal", Template: "support-guide", Title: "Search v2 — Internal", Body: "Results are ranked differently."},
	}
	if err := s.ReplaceSupportIndex(ctx, docs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query    string
		want     []string // templates/phases in order
		wantSnip string
	}{
		{"payment", []string{"support-guide/Beta 5%"}, "[[payment]]"},
		{"payment butt", []string{"support-guide/Beta 5%"}, "[[button]]"}, // the last word is a prefix
		{"sign out", []string{"support-guide/Beta 5%"}, "[[sign]] [[out]]"},
		{"ranking", []string{"support-guide/Internal"}, "[[ranked]]"}, // porter stemming
		{"troubleshooting", []string{"support-guide/Beta 5%"}, ""},
		{`"; DROP TABLE x --`, nil, ""},
		{"   ", nil, ""},
		{"safari 16", []string{"known-issues/GA"}, "[[Safari]] [[16]]"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.SearchSupport(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Template+"/"+h.Phase)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("hits %v, want %v", got, tt.want)
			}
			if tt.wantSnip != "" && !strings.Contains(hits[0].Snippet, tt.wantSnip) {
				t.Errorf("snippet %q lacks %q", hits[0].Snippet, tt.wantSnip)
			}
		})
	}
	if err := s.ReplaceSupportIndex(ctx, docs[:1]); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.SearchSupport(ctx, "safari", 10); len(hits) != 0 {
		t.Fatalf("stale document still indexed: %+v", hits)
	}
}
