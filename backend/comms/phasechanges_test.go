package comms

import (
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
)

func TestPhaseChanges(t *testing.T) {
	checkout := domain.FlagLink{FlagKey: "new-checkout", Environment: "production", Variation: "true"}
	express := domain.FlagLink{FlagKey: "express-pay", Environment: "staging", Variation: "on"}
	links := []domain.FlagLink{checkout, express}
	on := func(percent float64, segments ...string) *domain.Expectation {
		return &domain.Expectation{On: true, Percent: percent, Segments: segments}
	}
	override := func(l domain.FlagLink, e domain.Expectation) []domain.FlagExpectation {
		return []domain.FlagExpectation{{FlagKey: l.FlagKey, Environment: l.Environment, Expect: e}}
	}
	internal := domain.Phase{Name: "Internal", Audience: "Employees", Expect: on(0, "employees")}
	beta := domain.Phase{Name: "Beta 5%", Audience: "Customers who opted into beta, then 5% of everyone", Expect: on(5, "beta-testers"),
		Exit: []domain.ChecklistItem{{Text: "Error rate below 0.5%"}, {Text: "No P1 tickets for 3 days."}}}
	ramp := domain.Phase{Name: "25%", Audience: "25% of customers", Expect: on(25)}
	paused := domain.Phase{Name: "Paused", Audience: "25% of customers", Expect: &domain.Expectation{},
		FlagExpects: override(express, domain.Expectation{On: true, Percent: 25})}
	unplanned := domain.Phase{Name: "Later"}

	tests := []struct {
		name      string
		prev      *domain.Phase
		cur       domain.Phase
		links     []domain.FlagLink
		wantLines []string
	}{
		{"first phase", nil, internal, links, []string{
			"First phase.",
			"Audience: Employees.",
			"new-checkout in production: 0% of customers get “true”.",
			"express-pay in staging: 0% of customers get “on”.",
			"Required segments: employees.",
		}},
		{"ramp up with new segments and exit criteria", &internal, beta, links, []string{
			"Audience: Customers who opted into beta, then 5% of everyone (was: Employees).",
			"new-checkout in production: 5% of customers get “true” (was 0%).",
			"express-pay in staging: 5% of customers get “on” (was 0%).",
			"Required segments: beta-testers (was: employees).",
			"Exit criteria: Error rate below 0.5%; No P1 tickets for 3 days.",
		}},
		{"segments dropped", &beta, ramp, []domain.FlagLink{checkout}, []string{
			"Audience: 25% of customers (was: Customers who opted into beta, then 5% of everyone).",
			"new-checkout in production: 25% of customers get “true” (was 5%).",
			"Required segments: none (was: beta-testers).",
		}},
		{"planned off, one flag unchanged by its override", &ramp, paused, links, []string{
			"Audience: 25% of customers.",
			"new-checkout in production is planned off (was on at 25%).",
			"express-pay in staging: 25% of customers get “on”.",
		}},
		{"off to on", &paused, ramp, []domain.FlagLink{checkout}, []string{
			"Audience: 25% of customers.",
			"new-checkout in production: 25% of customers get “true” (was off).",
		}},
		{"no expectation", &ramp, unplanned, []domain.FlagLink{checkout}, []string{
			"Audience: none (was: 25% of customers).",
			"new-checkout in production has no planned state (was on at 25%).",
		}},
		{"expectation where there was none", &unplanned, ramp, []domain.FlagLink{checkout}, []string{
			"Audience: 25% of customers (was: none).",
			"new-checkout in production: 25% of customers get “true” (was not planned).",
		}},
		{"no links", &ramp, ramp, nil, []string{"Audience: 25% of customers."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PhaseChanges(tt.prev, tt.cur, tt.links)
			if !slices.Equal(got, tt.wantLines) {
				t.Errorf("PhaseChanges =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.wantLines, "\n"))
			}
		})
	}
}

func TestSupportPrintPageEscapesValues(t *testing.T) {
	sheet := SupportSheet{Name: "New checkout", Phase: "Beta 5%", Status: "active", Audience: "<script>alert(1)</script>",
		Changes: []string{"First phase."}}
	page, err := SupportPrintPage(sheet, []Rendered{{Title: "Guide", Locale: "en", HTML: "<h1>Guide</h1>"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<!doctype html>", "<title>New checkout — Beta 5%", "@media print", "<li>First phase.</li>", "<h1>Guide</h1>", "</html>"} {
		if !strings.Contains(page, want) {
			t.Errorf("print page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script") {
		t.Error("print page has a script element")
	}
}
