package comms

import (
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
)

// killedAt is when the held-out incidents happen.
var killedAt = time.Date(2026, 3, 2, 14, 5, 0, 0, time.UTC)

func TestRenderEventHoldsOnlyItsTrigger(t *testing.T) {
	starter, err := Starter()
	if err != nil {
		t.Fatal(err)
	}
	r := newTestRenderer(t, starter)
	plan := demo.Plan(testNow)
	incident, err := NewIncident(plan, plan.Links[1], killedAt, "Payments failing for Safari users")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name          string
		event         Event
		wantTemplates []string
		wantDir       string
		wantText      []string // in every Markdown output
	}{
		{"a kill", incident, []string{"incident-customers", "incident-support"}, "incident-2026-03-02-1405",
			[]string{"2 Mar 2026 at 14:05 UTC"}},
		{"a rollback", NewRollback("25%", "Beta 5%", killedAt, "Conversion dropped"), []string{"rollback-customers", "rollback-support"},
			"rollback-2026-03-02-1405", []string{"**25%**", "**Beta 5%**"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outputs, err := r.RenderEvent(plan, tt.event)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range outputs {
				if o.Dir != tt.wantDir || o.Phase != tt.event.Phase {
					t.Errorf("%s: in %s for phase %q, want %s for %q", o.Path(), o.Dir, o.Phase, tt.wantDir, tt.event.Phase)
				}
				if o.Ext != "md" {
					continue
				}
				got = append(got, o.Template)
				for _, want := range tt.wantText {
					if !strings.Contains(o.Content, want) {
						t.Errorf("%s lacks %q:\n%s", o.Path(), want, o.Content)
					}
				}
			}
			if slices.Sort(got); !slices.Equal(got, tt.wantTemplates) {
				t.Errorf("rendered %v, want %v", got, tt.wantTemplates)
			}
		})
	}
	support := slices.IndexFunc(starter, func(t domain.Template) bool { return t.Name == "incident-support" })
	rd, err := r.Render(starter[support], NewData(plan, plan.Phases[1], testNow).With(incident))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"`checkout-express-pay`", "in production", "**Beta 5%**", "Reason given: Payments failing for Safari users"} {
		if !strings.Contains(rd.Markdown, want) {
			t.Errorf("the support notice lacks %q:\n%s", want, rd.Markdown)
		}
	}
	if _, err := r.RenderEvent(plan, Event{Trigger: domain.TriggerIncident, Phase: "Pilot", Incident: incident.Incident}); err == nil ||
		!strings.Contains(err.Error(), `no longer has phase "Pilot"`) {
		t.Errorf("an event in a phase the plan lost: %v", err)
	}
}

// TestPhaseRenderHoldsNoEventNotices renders every phase of held-out plans
// and finds nothing written as if something happened.
func TestPhaseRenderHoldsNoEventNotices(t *testing.T) {
	starter, err := Starter()
	if err != nil {
		t.Fatal(err)
	}
	r := newTestRenderer(t, starter)
	for _, plan := range []domain.Plan{demo.Plan(testNow), testPlan(), threePhases()} {
		outputs, err := r.RenderPlan(plan, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range outputs {
			for _, notice := range []string{"We've paused", "Kill switch used", "back on the previous version", "rolled back"} {
				if strings.Contains(o.Content, notice) {
					t.Errorf("%s of %s reads %q though nothing happened", o.Path(), plan.Release.Key, notice)
				}
			}
		}
	}
}

// threePhases is a held-out release whose phases are named unlike the
// demo's: Internal → Beta → 5%.
func threePhases() domain.Plan {
	return domain.Plan{
		Release: domain.Release{Key: "search", Name: "New search", Owner: "sam@example.com"},
		Links:   []domain.FlagLink{{Provider: "split", Project: "web", Environment: "prod", FlagKey: "search-v2", Variation: "on"}},
		Phases: []domain.Phase{
			{Name: "Internal", Audience: "Staff", Status: domain.PhaseDone, PlannedStart: day(2026, 2, 1), PlannedEnd: day(2026, 2, 8),
				StartedAt: day(2026, 2, 2), EndedAt: day(2026, 2, 6)},
			{Name: "Beta", Audience: "Beta testers", Status: domain.PhaseActive, PlannedStart: day(2026, 2, 8), PlannedEnd: day(2026, 2, 20),
				StartedAt: day(2026, 2, 6)},
			{Name: "5%", Audience: "5% of customers", Status: domain.PhasePlanned, PlannedStart: day(2026, 2, 20), PlannedEnd: day(2026, 3, 1)},
		},
	}
}

func TestCurrentPhase(t *testing.T) {
	plan := threePhases()
	done := threePhases()
	done.Phases[1].Status, done.Phases[1].EndedAt = domain.PhaseDone, day(2026, 2, 19)
	notStarted := testPlan()
	notStarted.Phases[0].Status = domain.PhasePlanned
	tests := []struct {
		name    string
		plan    domain.Plan
		want    string
		wantErr string
	}{
		{"the active phase", plan, "Beta", ""},
		{"else the one that started last", done, "Beta", ""},
		{"a release that never started has none", notStarted, "", "has not started"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := CurrentPhase(tt.plan)
			if p.Name != tt.want || (err == nil) != (tt.wantErr == "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("CurrentPhase = %q, %v; want %q, %q", p.Name, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestDraftRoundTrip(t *testing.T) {
	plan := threePhases()
	notice := tpl(t, "notice", "---\nchannel: support\ntrigger: incident\ntitle: \"Killed {{.Incident.Flag}}\"\n---\n{{.Incident.Comment}} in {{.Phase.Name}}\n")
	r := newTestRenderer(t, []domain.Template{notice})
	e, err := NewIncident(plan, plan.Links[0], killedAt, "Timeouts")
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDraft(plan.Release.Key, e, notice, killedAt)
	if err != nil {
		t.Fatal(err)
	}
	d.ID = 4
	renamed := threePhases()
	renamed.Phases[1].Name = "Beta testers"
	gone := d
	gone.Template = "deleted"
	broken := d
	broken.Event = []byte("{")
	tests := []struct {
		name      string
		plan      domain.Plan
		draft     domain.Draft
		wantTitle string
		wantErr   string
	}{
		{"renders its template with the event", plan, d, "Killed search-v2", ""},
		{"its phase renamed", renamed, d, "", `no longer has phase "Beta"`},
		{"its template gone", plan, gone, "", "template deleted no longer exists: dismiss the draft"},
		{"its event unreadable", plan, broken, "", "draft 4: the event it records does not read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, preview, err := r.RenderDraft(tt.plan, tt.draft)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || preview.Title != tt.wantTitle || preview.Markdown != "Timeouts in Beta\n" || len(preview.Files) != 2 ||
				preview.Files[0].Dir != "incident-2026-03-02-1405" || got.Incident.Flag != "search-v2" || !got.At().Equal(killedAt) {
				t.Errorf("RenderDraft = %+v, %+v, %v", got, preview, err)
			}
		})
	}
	if title := NoticeTitle("Killed", e); title != "Killed (2 Mar 2026)" {
		t.Errorf("NoticeTitle = %q", title)
	}
}

func TestCheckGivesEventTemplatesASampleEvent(t *testing.T) {
	r := newTestRenderer(t, nil)
	tests := []struct {
		name, source string
		wantErr      string
	}{
		{"an incident template sees the kill", "---\nchannel: support\ntrigger: incident\n---\n{{.Incident.Flag}} {{date .Incident.At}}\n", ""},
		{"a rollback template sees the move", "---\nchannel: support\ntrigger: rollback\n---\n{{.Rollback.From}} → {{.Rollback.To}}\n", ""},
		{"a phase template sees none", "---\nchannel: support\n---\n{{.Incident.Flag}}\n", "t.md:4: the template uses {{.Incident.Flag}}, but {{.Incident}} is not there for this template"},
		{"an incident template sees no rollback", "---\nchannel: support\ntrigger: incident\n---\n{{.Rollback.To}}\n", "t.md:5: the template uses {{.Rollback.To}}, but {{.Rollback}} is not there for this template"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.Check(tpl(t, "t", tt.source), testPlan(), testNow)
			if (err == nil) != (tt.wantErr == "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Check = %v, want %q", err, tt.wantErr)
			}
		})
	}
}
