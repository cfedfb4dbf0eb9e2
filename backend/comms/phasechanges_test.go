package comms

import (
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
)

func TestPhaseChanges(t *testing.T) {
	checkout := domain.FlagLink{FlagKey: "new-checkout", Environment: "production", Variation: "true"}
	checkoutStaging := domain.FlagLink{FlagKey: "new-checkout", Environment: "staging", Variation: "true"}
	express := domain.FlagLink{FlagKey: "checkout-express-pay", Environment: "Production", Variation: "on"}
	expressStaging := domain.FlagLink{FlagKey: "checkout-express-pay", Environment: "staging", Variation: "on"}
	plan := func(links ...domain.FlagLink) domain.Plan {
		return domain.Plan{Release: domain.Release{Key: "new-checkout", Name: "New checkout"}, Links: links}
	}
	on := func(percent float64, segments ...string) *domain.Expectation {
		return &domain.Expectation{On: true, Percent: percent, Segments: segments}
	}
	override := func(l domain.FlagLink, e domain.Expectation) []domain.FlagExpectation {
		return []domain.FlagExpectation{{FlagKey: l.FlagKey, Environment: l.Environment, Expect: e}}
	}
	internal := domain.Phase{Name: "Internal", Audience: "Employees", Expect: on(0, "employees"),
		FlagExpects: override(checkoutStaging, domain.Expectation{On: true, Percent: 100})}
	beta := domain.Phase{Name: "Beta 5%", Audience: "Customers who opted into beta, then 5% of everyone", Expect: on(5, "beta-testers"),
		Exit: []domain.ChecklistItem{{Text: "Error rate below 0.5%"}}}
	ramp := domain.Phase{Name: "25%", Audience: "25% of customers", Expect: on(25)}
	paused := domain.Phase{Name: "Paused", Audience: "25% of customers", Expect: &domain.Expectation{},
		FlagExpects: override(express, domain.Expectation{On: true, Percent: 25})}
	ga := domain.Phase{Name: "GA", Audience: "Everyone", Expect: on(100)}
	unplanned := domain.Phase{Name: "Later"}

	tests := []struct {
		name      string
		prev      *domain.Phase
		cur       domain.Phase
		plan      domain.Plan
		wantLines []string
	}{
		{"first phase: staging at 100% is no customer", nil, internal, plan(checkout, checkoutStaging), []string{
			"First phase.",
			"Who has it: Employees.",
			"New checkout: 0% of customers get it.",
			"Only customers in these groups get it: employees.",
		}},
		{"two features by name, exit criteria left out", &internal, beta, plan(checkout, express, expressStaging), []string{
			"Who has it: Customers who opted into beta, then 5% of everyone (was: Employees).",
			"New checkout: 5% of customers get it (was 0%).",
			"Checkout express pay: 5% of customers get it (was 0%).",
			"Only customers in these groups get it: beta-testers (was: employees).",
		}},
		{"groups dropped", &beta, ramp, plan(checkout), []string{
			"Who has it: 25% of customers (was: Customers who opted into beta, then 5% of everyone).",
			"New checkout: 25% of customers get it (was 5%).",
			"No longer limited to customer groups (was: beta-testers).",
		}},
		{"switched off, one feature unchanged by its override", &ramp, paused, plan(checkout, express), []string{
			"Who has it: 25% of customers.",
			"New checkout: switched off, no customer gets it (was 25%).",
			"Checkout express pay: 25% of customers get it.",
		}},
		{"off to on", &paused, ramp, plan(checkout), []string{
			"Who has it: 25% of customers.",
			"New checkout: 25% of customers get it (was switched off).",
		}},
		{"everyone", &ramp, ga, plan(checkout), []string{
			"Who has it: Everyone (was: 25% of customers).",
			"New checkout: every customer gets it (was 25%).",
		}},
		{"no expectation", &ramp, unplanned, plan(checkout), []string{
			"Who has it: none (was: 25% of customers).",
			"New checkout: not planned in this phase (was 25%).",
		}},
		{"expectation where there was none", &unplanned, ramp, plan(checkout), []string{
			"Who has it: 25% of customers (was: none).",
			"New checkout: 25% of customers get it (was not planned).",
		}},
		{"staging only", nil, ramp, plan(checkoutStaging, expressStaging), []string{
			"First phase.",
			"Who has it: 25% of customers.",
			"No customer sees it yet: its flags are linked in staging only, not in production.",
		}},
		{"no links", &ramp, ramp, plan(), []string{"Who has it: 25% of customers."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PhaseChanges(tt.prev, tt.cur, tt.plan)
			if !slices.Equal(got, tt.wantLines) {
				t.Errorf("PhaseChanges =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.wantLines, "\n"))
			}
		})
	}
}

func TestIsProduction(t *testing.T) {
	for env, want := range map[string]bool{
		"production": true, "Production": true, "prod-eu": true, "live": true, "EU Prod": true,
		"staging": false, "development": false, "product-demo": false, "preprod": false, "": false,
	} {
		if got := IsProduction(env); got != want {
			t.Errorf("IsProduction(%q) = %v, want %v", env, got, want)
		}
	}
}

func TestFeatures(t *testing.T) {
	plan := domain.Plan{Release: domain.Release{Name: "New checkout"}, Links: []domain.FlagLink{
		{FlagKey: "new-checkout", Environment: "production-eu"}, {FlagKey: "new-checkout", Environment: "production-us"},
		{FlagKey: "new-checkout", Environment: "staging"},
	}}
	phase := domain.Phase{Expect: &domain.Expectation{On: true, Percent: 10}}
	got := Features(plan, phase)
	want := []Feature{{Name: "New checkout", Environment: "production-eu", On: true, Percent: 10, Planned: true}}
	if !slices.Equal(got, want) {
		t.Errorf("Features = %+v, want %+v (one per feature, staging left out)", got, want)
	}
	if got := inWords("newCheckout"); got != "New checkout" {
		t.Errorf("inWords(newCheckout) = %q", got)
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
