package comms

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
)

// testNow is the clock of every test render.
var testNow = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

func day(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

// testPlan is a release with a non-ASCII phase name and two phases.
func testPlan() domain.Plan {
	return domain.Plan{
		Release: domain.Release{Key: "neuer-checkout", Name: "Neuer Checkout", Owner: "dana@example.com",
			Description: "Ein *einseitiger* Checkout mit gespeicherten Adressen."},
		Links: []domain.FlagLink{
			{Provider: "launchdarkly", Project: "web", Environment: "production", FlagKey: "new-checkout", Variation: "true"},
			{Provider: "launchdarkly", Project: "web", Environment: "staging", FlagKey: "new-checkout", Variation: "true"},
		},
		Phases: []domain.Phase{
			{Name: "Früh dabei", Audience: "5 % der Kunden", Status: domain.PhaseActive, PlannedStart: day(2026, 3, 1), PlannedEnd: day(2026, 3, 8),
				Expect: &domain.Expectation{On: true, Percent: 5, Segments: []string{"beta", "staff"}},
				FlagExpects: []domain.FlagExpectation{{FlagKey: "new-checkout", Environment: "staging",
					Expect: domain.Expectation{On: true, Percent: 100}}}},
			{Name: "Alle", Audience: "alle Kunden", Status: domain.PhasePlanned, PlannedStart: day(2026, 3, 8),
				Expect: &domain.Expectation{On: true, Percent: 100}},
		},
	}
}

// testConfig gives renders a fixed clock and Message-ID.
func testConfig() Config {
	return Config{From: "Rollout Desk <releases@example.com>", Now: func() time.Time { return testNow },
		MessageID: func(rd Rendered) string { return rd.Template + "@example.com" }}
}

// fixtures reads the templates in testdata/templates.
func fixtures(t testing.TB) []domain.Template {
	t.Helper()
	paths, err := filepath.Glob("testdata/templates/*.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []domain.Template
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tpl, err := ParseTemplate(strings.TrimSuffix(filepath.Base(p), ".md"), string(b))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, tpl)
	}
	return out
}

func newTestRenderer(t testing.TB, templates []domain.Template) *Renderer {
	t.Helper()
	r, err := NewRenderer(templates, testConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tpl is a template parsed from source, failing the test when it does not
// parse.
func tpl(t testing.TB, name, source string) domain.Template {
	t.Helper()
	out, err := ParseTemplate(name, source)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
