package comms

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
)

const footer = "---\nchannel: email\ntitle: Footer\n---\nBye\n{{.Release.Owner}}\n{{.Nope}}\n"

func TestErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		name, source string
		partial      string // the _foot partial's source, default a valid one
		want         string
	}{
		{"body parse error", "---\nchannel: email\nsubject: Hi\n---\n# Hi\n\n{{.Release.Name\n", "",
			"mail.md:7: a {{ is not closed"},
		{"unknown function", "---\nchannel: email\nsubject: Hi\n---\nA\nB {{frobnicate 1}}\n", "",
			"mail.md:6: there is no helper called “frobnicate”"},
		{"unknown field on execution", "---\nchannel: email\nsubject: Hi\nlocale: en\n---\n\nA\n\n{{.Release.Nme}}\n", "",
			"mail.md:9: the template uses {{.Release.Nme}}, which does not exist. Did you mean {{.Release.Name}}?"},
		{"helper fails", "---\nchannel: email\nsubject: Hi\n---\n{{date .Release.Name}}\n", "",
			"mail.md:5: {{date .Release.Name}} did not work: date needs a time, got string"},
		{"unknown partial", "---\nchannel: email\nsubject: Hi\n---\n\n{{template \"header\" .}}\n", "",
			`mail.md:6: {{template "header" .}} names the shared block “header”, which does not exist`},
		{"error inside a partial", "---\nchannel: email\nsubject: Hi\n---\n{{template \"foot\" .}}\n", footer,
			"_foot.md:7: the template uses {{.Nope}}, which does not exist"},
		{"partial does not parse", "---\nchannel: email\nsubject: Hi\n---\nx\n", "---\nchannel: email\n---\n\n{{end}}\n",
			"_foot.md:5: this {{end}} has no {{if}}"},
		{"subject parse error", "---\nchannel: email\nphase: \"*\"\nsubject: \"Hi {{.Release.Name\"\n---\nx\n", "",
			"mail.md:4: a {{ is not closed"},
		{"title execution error", "---\nchannel: support\ntitle: \"{{.Phase.Nam}}\"\n---\nx\n", "",
			"mail.md:3: the template uses {{.Phase.Nam}}, which does not exist. Did you mean {{.Phase.Name}}?"},
		{"email without subject", "---\nchannel: email\ntitle: T\n---\nx\n", "",
			"mail.md:1: an email template needs a subject"},
		{"bad locale", "---\nchannel: email\nsubject: Hi\nlocale: \"en_US!\"\n---\nx\n", "",
			`mail.md:4: locale "en_US!" is not a language tag`},
		{"bad channel", "---\nsubject: Hi\nchannel: fax\n---\nx\n", "",
			`mail.md:3: channel "fax" is not one of`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			partial := tt.partial
			if partial == "" {
				partial = "---\nchannel: email\n---\nBye\n"
			}
			templates := []domain.Template{{Name: "_foot", Source: partial}, {Name: "mail", Phase: "*", Trigger: domain.TriggerPhase, Source: tt.source}}
			r, err := NewRenderer(templates, testConfig())
			if err == nil {
				_, err = r.RenderPlan(testPlan(), "")
			}
			var te *Error
			if !errors.As(err, &te) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want an *Error starting %q", err, tt.want)
			}
			if strings.Count(err.Error(), "\n") != 0 {
				t.Errorf("error repeated for each phase: %v", err)
			}
		})
	}
}

func TestPhaseFiltering(t *testing.T) {
	templates := []domain.Template{
		tpl(t, "every", "---\nchannel: in_app\ntitle: E\n---\nx\n"),
		tpl(t, "early", "---\nchannel: support\nphase: Früh dabei\ntitle: F\n---\nx\n"),
		tpl(t, "case", "---\nchannel: support\nphase: alle\ntitle: C\n---\nx\n"),
		tpl(t, "_part", "---\nchannel: support\nphase: \"*\"\ntitle: P\n---\nx\n"),
	}
	r := newTestRenderer(t, templates)
	tests := []struct {
		phase string
		want  []string
	}{
		{"", []string{"alle/in_app-every.html", "fruh-dabei/in_app-every.html", "fruh-dabei/support-early.html"}},
		{"Früh dabei", []string{"fruh-dabei/in_app-every.html", "fruh-dabei/support-early.html"}},
		{"Alle", []string{"alle/in_app-every.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.phase, func(t *testing.T) {
			outputs, err := r.RenderPlan(testPlan(), tt.phase)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range outputs {
				if o.Ext == "html" {
					got = append(got, o.Path())
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := r.RenderPlan(testPlan(), "GA"); err == nil || !strings.Contains(err.Error(), `no phase "GA" (phases: Früh dabei, Alle)`) {
		t.Errorf("unknown phase: %v", err)
	}
}

func TestPhaseDirs(t *testing.T) {
	phases := []domain.Phase{{Name: "Beta 5%"}, {Name: "beta-5"}, {Name: "Straße / Öl"}, {Name: "全部"}, {Name: "★"}, {Name: "GA"}}
	want := []string{"beta-5", "beta-5-2", "strasse-ol", "phase", "phase-2", "ga"}
	if got := phaseDirs(phases); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestStarterRendersForEveryDemoPhase renders the starter set for the demo
// release and checks each template appears where it should.
func TestStarterRendersForEveryDemoPhase(t *testing.T) {
	starter, err := Starter()
	if err != nil {
		t.Fatal(err)
	}
	r := newTestRenderer(t, starter)
	plan := demo.Plan(testNow)
	outputs, err := r.RenderPlan(plan, "")
	if err != nil {
		t.Fatal(err)
	}
	byPhase := map[string][]string{}
	for _, o := range outputs {
		if o.Ext == "md" {
			byPhase[o.Phase] = append(byPhase[o.Phase], o.Template)
		}
		if strings.Contains(o.Content, "<no value>") || strings.Contains(o.Content, ToBeAnnounced) {
			t.Errorf("%s has a missing value", o.Path())
		}
		if o.Ext == "eml" {
			h, parts := emailParts(t, o.Content)
			if subject, err := h.Subject(); err != nil || subject != o.Title || len(parts) != 2 || parts["text/plain"] == "" || parts["text/html"] == "" {
				t.Errorf("%s: subject %q (%v), parts %d", o.Path(), subject, err, len(parts))
			}
		}
	}
	every := []string{"in-app-banner", "known-issues", "support-guide"} // incident and rollback notices go out with their events
	for _, p := range plan.Phases {
		want := slices.Clone(every)
		switch p.Name {
		case "Internal":
			want = append(want, "internal-heads-up")
		case "Beta 5%":
			want = append(want, "beta-invitation")
		case "GA":
			want = append(want, "ga-announcement")
		}
		slices.Sort(want)
		got := slices.Sorted(slices.Values(byPhase[p.Name]))
		if !slices.Equal(got, want) {
			t.Errorf("phase %s: %v, want %v", p.Name, got, want)
		}
	}
}

func TestRenderPreviewOfEditedTemplate(t *testing.T) {
	saved := tpl(t, "note", "---\nchannel: in_app\ntitle: Old\n---\nold\n")
	r := newTestRenderer(t, []domain.Template{saved})
	edited := tpl(t, "note", "---\nchannel: in_app\ntitle: \"New {{.Phase.Name}}\"\n---\nnew [go](https://example.com/go)\n")
	data := NewData(testPlan(), testPlan().Phases[1], testNow)
	rd, err := r.Render(edited, data)
	if err != nil {
		t.Fatal(err)
	}
	if rd.Title != "New Alle" || rd.Text != "new go (https://example.com/go)\n" || rd.CTA == nil || rd.CTA.URL != "https://example.com/go" {
		t.Errorf("got %+v", rd)
	}
	if rd, _ := r.Render(saved, data); rd.Title != "Old" {
		t.Errorf("saved template renders %q", rd.Title)
	}
}
