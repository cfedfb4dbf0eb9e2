package support_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/support"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestSearchSupport(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
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
			hits, err := w.Support.Search(ctx, tt.query)
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

func TestSearchSupportSkipsBrokenTemplates(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	workspacetest.SaveBroken(t, w, "---\nchannel: support\nphase: \"*\"\ntitle: Broken\n---\nsign out {{.Phase.Nope}}\n")
	if err := w.Support.Reindex(ctx); err != nil { // the template went straight to the store
		t.Fatal(err)
	}
	hits, err := w.Support.Search(ctx, "sign out")
	if err != nil || len(hits) == 0 {
		t.Fatalf("SearchSupport = %+v, %v; want the other guides", hits, err)
	}
	for _, h := range hits {
		if h.Template == "broken" {
			t.Errorf("broken template indexed: %+v", h)
		}
	}
	if _, err := w.Support.View(ctx, demo.ReleaseKey, ""); err == nil || !strings.Contains(err.Error(), "broken.md") {
		t.Errorf("SupportView error = %v, want the broken template's", err)
	}
}

func TestSupportView(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	tests := []struct {
		phase       string
		wantPhase   string
		wantChanges []string
	}{
		// Customers' terms: features by name, production only (the demo's
		// staging link at 100% is no customer), no exit criteria.
		{"Beta 5%", "Beta 5%", []string{
			"Who has it: Customers who opted into beta, then 5% of everyone (was: Employees (segment employees)).",
			"New checkout: 5% of customers get it (was 0%).",
			"Checkout express pay: 5% of customers get it (was 0%).",
			"Only customers in these groups get it: beta-testers (was: employees).",
		}},
		{"", "Beta 5%", nil}, // the active phase
		{"Internal", "Internal", []string{"First phase.", "Who has it: Employees (segment employees)."}},
	}
	for _, tt := range tests {
		t.Run(tt.phase, func(t *testing.T) {
			v, err := w.Support.View(ctx, demo.ReleaseKey, tt.phase)
			if err != nil {
				t.Fatal(err)
			}
			if v.Release != demo.ReleaseKey || v.Name != "New checkout" || v.Phase != tt.wantPhase || v.Audience == "" || v.Status == "" {
				t.Errorf("view %+v, want phase %q of %s", v, tt.wantPhase, demo.ReleaseKey)
			}
			if tt.wantChanges != nil && !slices.Equal(v.Changes[:min(len(v.Changes), len(tt.wantChanges))], tt.wantChanges) {
				t.Errorf("Changes =\n%s\nwant\n%s", strings.Join(v.Changes, "\n"), strings.Join(tt.wantChanges, "\n"))
			}
			for _, c := range v.Changes {
				if strings.Contains(c, "staging") || strings.Contains(c, "new-checkout") {
					t.Errorf("change %q speaks of staging or a flag key", c)
				}
			}
			var templates []string
			for _, g := range v.Guides {
				templates = append(templates, g.Template)
				if g.Title == "" || g.Markdown == "" || !strings.Contains(g.HTML, "<h1") || strings.Contains(g.HTML, "<script") {
					t.Errorf("guide %s: title %q, HTML %.80q", g.Template, g.Title, g.HTML)
				}
				if g.Date == nil || g.Notice {
					t.Errorf("guide %s: date %v, notice %v; want the phase's start and a guide", g.Template, g.Date, g.Notice)
				}
				if !strings.Contains(v.PrintHTML, g.HTML) {
					t.Errorf("print page lacks guide %s", g.Template)
				}
			}
			if !slices.Contains(templates, "support-guide") || slices.Contains(templates, "beta-invitation") {
				t.Errorf("guides %v, want the support templates only", templates)
			}
			guide := v.Guides[slices.Index(templates, "support-guide")].Markdown
			if tt.phase == "Beta 5%" && (!strings.Contains(guide, "**Checkout express pay**: 5% of customers get it") ||
				strings.Contains(guide, "staging") || strings.Contains(guide, "Look up")) {
				t.Errorf("support guide does not speak in customers' terms, production only:\n%s", guide)
			}
			for _, want := range []string{"<!doctype html>", "<title>New checkout — " + tt.wantPhase, "@media print", v.Changes[0], "</html>"} {
				if !strings.Contains(v.PrintHTML, want) {
					t.Errorf("print page lacks %q", want)
				}
			}
		})
	}
	if _, err := w.Support.View(ctx, demo.ReleaseKey, "Pilot"); err == nil || !strings.Contains(err.Error(), `no phase "Pilot"`) {
		t.Errorf("unknown phase: %v", err)
	}
}

func TestSupportViewEscapesValues(t *testing.T) {
	w := workspacetest.OpenDemo(t)
	workspacetest.EditDemo(t, w, func(plan *domain.Plan) { plan.Phases[1].Audience = `<script>alert(1)</script>` })
	v, err := w.Support.View(t.Context(), demo.ReleaseKey, "Beta 5%")
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

func TestSupportShowsIncidentNoticesOnlyForIncidentsThatHappened(t *testing.T) {
	ctx := context.Background()
	w := workspacetest.OpenDemo(t)
	incidents := func(phase string) []support.Guide {
		view, err := w.Support.View(ctx, demo.ReleaseKey, phase)
		if err != nil {
			t.Fatal(err)
		}
		return slices.DeleteFunc(view.Guides, func(g support.Guide) bool { return g.Template != "incident-support" })
	}
	searched := func(query string) []store.SupportHit {
		hits, err := w.Support.Search(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		return slices.DeleteFunc(hits, func(h store.SupportHit) bool { return h.Template != "incident-support" })
	}
	if got := incidents(""); len(got) != 0 {
		t.Fatalf("incident notices %+v shown though nothing was killed", got)
	}
	if hits := searched("kill switch"); len(hits) != 0 {
		t.Fatalf("search finds incident notices %+v though nothing was killed", hits)
	}
	id := provider.ID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}
	for _, on := range []bool{false, true} { // a restore is no incident
		if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: id, On: on, Comment: "Card payments time out", Release: demo.ReleaseKey}); err != nil {
			t.Fatal(err)
		}
	}
	day := time.Now().Format(comms.DateLayout)
	want := "Kill switch used: New checkout (" + day + ")"
	got := incidents("")
	if len(got) != 1 || got[0].Title != want || !strings.Contains(got[0].Markdown, "`new-checkout`") ||
		!strings.Contains(got[0].Markdown, "Card payments time out") {
		t.Fatalf("incident notices %+v, want one titled %q telling the flag and the comment", got, want)
	}
	if !got[0].Notice || got[0].Date == nil || got[0].Date.Format(comms.DateLayout) != day {
		t.Errorf("incident notice: notice %v, date %v; want a notice dated %s", got[0].Notice, got[0].Date, day)
	}
	if other := incidents("GA"); len(other) != 0 {
		t.Errorf("a phase without incidents shows %+v", other)
	}
	hits := searched("payments time out")
	if len(hits) != 1 || hits[0].Title != want || hits[0].Phase != "Beta 5%" {
		t.Errorf("search finds %+v, want the notice of the incident during Beta 5%%", hits)
	}
}
