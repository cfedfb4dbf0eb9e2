package workspace

import (
	"context"
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
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
			got := phaseChanges(tt.prev, tt.cur, tt.links)
			if !slices.Equal(got, tt.wantLines) {
				t.Errorf("phaseChanges =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.wantLines, "\n"))
			}
		})
	}
}

func TestSearchSupport(t *testing.T) {
	ctx := t.Context()
	w := openDemo(t)
	tests := []struct {
		query        string
		wantTemplate string // every hit's template; "" means no hits
		wantSnippet  string
	}{
		{"sign out", "support-guide", "[[sign]] [[out]]"},
		{"escalation", "", "[[Escalation]]"},
		{"kill switch", "", "switch]]"},
		{"install", "", ""},                             // only in the beta invitation email
		{"opinion", "", ""},                             // nowhere
		{"  ", "", ""},                                  // no words
		{"feedback", "", ""},                            // only in emails and the in-app banner
		{"release owner", "support-guide", "[[owner]]"}, // prefix match on the last word
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := w.SearchSupport(ctx, tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if hits == nil || (tt.wantSnippet == "") != (len(hits) == 0) {
				t.Fatalf("SearchSupport(%q) = %+v, want hits: %t", tt.query, hits, tt.wantSnippet != "")
			}
			for _, h := range hits {
				if strings.Contains(h.Snippet, "---") {
					t.Errorf("snippet %q carries a drawn rule", h.Snippet)
				}
				if h.Release != demo.ReleaseKey || h.Phase == "" || h.Title == "" || !strings.Contains(h.Snippet, tt.wantSnippet) ||
					tt.wantTemplate != "" && h.Template != tt.wantTemplate {
					t.Errorf("hit %+v, want template %q and a snippet with %q", h, tt.wantTemplate, tt.wantSnippet)
				}
			}
		})
	}
}

// saveBroken saves source as the template "broken" straight to the store,
// as SaveTemplate refuses a template that does not render.
func saveBroken(t *testing.T, w *Workspace, source string) {
	t.Helper()
	broken, err := comms.ParseTemplate("broken", source)
	if err == nil {
		_, err = w.Store.SaveTemplate(t.Context(), broken)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func TestSearchSupportSkipsBrokenTemplates(t *testing.T) {
	ctx := t.Context()
	w := openDemo(t)
	saveBroken(t, w, "---\nchannel: support\nphase: \"*\"\ntitle: Broken\n---\nsign out {{.Phase.Nope}}\n")
	hits, err := w.SearchSupport(ctx, "sign out")
	if err != nil || len(hits) == 0 {
		t.Fatalf("SearchSupport = %+v, %v; want the other guides", hits, err)
	}
	for _, h := range hits {
		if h.Template == "broken" {
			t.Errorf("broken template indexed: %+v", h)
		}
	}
	if _, err := w.SupportView(ctx, demo.ReleaseKey, ""); err == nil || !strings.Contains(err.Error(), "broken.md") {
		t.Errorf("SupportView error = %v, want the broken template's", err)
	}
}

func TestSupportView(t *testing.T) {
	ctx := t.Context()
	w := openDemo(t)
	tests := []struct {
		phase       string
		wantPhase   string
		wantChanges []string
	}{
		{"Beta 5%", "Beta 5%", []string{
			"Audience: Customers who opted into beta, then 5% of everyone (was: Employees (segment employees)).",
			"new-checkout in production: 5% of customers get “true” (was 0%).",
			"checkout-express-pay in production: 5% of customers get “on” (was 0%).",
			"new-checkout in staging: 100% of customers get “true”.",
			"Required segments: beta-testers (was: employees).",
			"Exit criteria: Error rate below 0.5%; No P1 tickets for 3 days.",
		}},
		{"", "Beta 5%", nil}, // the active phase
		{"Internal", "Internal", []string{"First phase.", "Audience: Employees (segment employees)."}},
	}
	for _, tt := range tests {
		t.Run(tt.phase, func(t *testing.T) {
			v, err := w.SupportView(ctx, demo.ReleaseKey, tt.phase)
			if err != nil {
				t.Fatal(err)
			}
			if v.Release != demo.ReleaseKey || v.Name != "New checkout" || v.Phase != tt.wantPhase || v.Audience == "" || v.Status == "" {
				t.Errorf("view %+v, want phase %q of %s", v, tt.wantPhase, demo.ReleaseKey)
			}
			if tt.wantChanges != nil && !slices.Equal(v.Changes[:len(tt.wantChanges)], tt.wantChanges) {
				t.Errorf("Changes =\n%s\nwant\n%s", strings.Join(v.Changes, "\n"), strings.Join(tt.wantChanges, "\n"))
			}
			var templates []string
			for _, g := range v.Guides {
				templates = append(templates, g.Template)
				if g.Title == "" || g.Markdown == "" || !strings.Contains(g.HTML, "<h1") || strings.Contains(g.HTML, "<script") {
					t.Errorf("guide %s: title %q, HTML %.80q", g.Template, g.Title, g.HTML)
				}
				if !strings.Contains(v.PrintHTML, g.HTML) {
					t.Errorf("print page lacks guide %s", g.Template)
				}
			}
			if !slices.Contains(templates, "support-guide") || slices.Contains(templates, "beta-invitation") {
				t.Errorf("guides %v, want the support templates only", templates)
			}
			for _, want := range []string{"<!doctype html>", "<title>New checkout — " + tt.wantPhase, "@media print", v.Changes[0], "</html>"} {
				if !strings.Contains(v.PrintHTML, want) {
					t.Errorf("print page lacks %q", want)
				}
			}
		})
	}
	if _, err := w.SupportView(ctx, demo.ReleaseKey, "Pilot"); err == nil || !strings.Contains(err.Error(), `no phase "Pilot"`) {
		t.Errorf("unknown phase: %v", err)
	}
}

func TestSupportViewEscapesValues(t *testing.T) {
	w := openDemo(t)
	editDemo(t, w, func(plan *domain.Plan) { plan.Phases[1].Audience = `<script>alert(1)</script>` })
	v, err := w.SupportView(t.Context(), demo.ReleaseKey, "Beta 5%")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(v.PrintHTML, "<script") {
		t.Errorf("print page has a script element")
	}
	for _, g := range v.Guides {
		if strings.Contains(g.HTML, "<script") {
			t.Errorf("guide %s has a script element", g.Template)
		}
	}
}

func TestSupportViewShowsIncidentGuidesOnlyWhileKilled(t *testing.T) {
	ctx := context.Background()
	w := open(t, t.TempDir(), true)
	defer w.Close()
	hasIncident := func() bool {
		view, err := w.SupportView(ctx, demo.ReleaseKey, "")
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(view.Guides, func(g SupportGuide) bool { return comms.IsIncident(g.Template) })
	}
	if hasIncident() {
		t.Fatal("incident guide shown while nothing is killed")
	}
	id := provider.ID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}
	writer, err := w.Writer(ctx, id.Provider, id.Project)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.Kill(ctx, writer, id, false, "", demo.ReleaseKey); err != nil {
		t.Fatal(err)
	}
	if !hasIncident() {
		t.Fatal("incident guide missing while a flag is killed")
	}
}
