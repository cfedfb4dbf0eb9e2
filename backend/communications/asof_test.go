package communications_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/releases"
	"rolloutdesk/backend/workspace"
	"rolloutdesk/backend/workspace/workspacetest"
)

// dayAt is the day n days after 2027-03-01, at hour h UTC.
func dayAt(n, h int) *time.Time {
	d := time.Date(2027, 3, 1+n, h, 0, 0, 0, time.UTC)
	return &d
}

// asOfPlan is a held-out release of three dated phases: Staff from day 0
// (started then), Beta planned from day 10 but advanced early on day 6,
// Everyone planned from day 20 to day 30. Beta sets its own exposure for
// the search flag.
func asOfPlan() domain.Plan {
	search := domain.FlagLink{Provider: "launchdarkly", Project: "web", Environment: "production", FlagKey: "new-search", Variation: "true"}
	ranking := domain.FlagLink{Provider: "launchdarkly", Project: "web", Environment: "production", FlagKey: "new-ranking", Variation: "true"}
	return domain.Plan{
		Release: domain.Release{Key: "search", Name: "New search", Owner: "dana"},
		Links:   []domain.FlagLink{search, ranking},
		Phases: []domain.Phase{
			{Name: "Staff", Audience: "Staff", Status: domain.PhaseDone, PlannedStart: dayAt(0, 0), PlannedEnd: dayAt(9, 0),
				StartedAt: dayAt(0, 9), EndedAt: dayAt(6, 14), Expect: &domain.Expectation{On: true, Percent: 100, Segments: []string{"staff"}}},
			{Name: "Beta", Audience: "Beta customers", Status: domain.PhaseActive, PlannedStart: dayAt(10, 0), PlannedEnd: dayAt(19, 0),
				StartedAt: dayAt(6, 14), Expect: &domain.Expectation{On: true, Percent: 10},
				FlagExpects: []domain.FlagExpectation{{FlagKey: "new-search", Environment: "production", Expect: domain.Expectation{On: true, Percent: 25}}}},
			{Name: "Everyone", Audience: "Everyone", Status: domain.PhasePlanned, PlannedStart: dayAt(20, 0), PlannedEnd: dayAt(30, 0),
				Expect: &domain.Expectation{On: true, Percent: 100}},
		},
	}
}

// asOfTemplate says how the phase reads on the day it is rendered for.
const asOfTemplate = `---
channel: in_app
phase: "*"
audience: "{{.Phase.Audience}}"
title: "{{.Phase.Name}} as of {{date .Today \"2006-01-02\"}}"
---
{{.Phase.Name}} {{with .Phase.StartedAt}}started {{date . "2006-01-02"}}{{else}}starts {{date .Phase.PlannedStart "2006-01-02"}}{{end}}, status {{.Phase.Status}}.
`

func TestPreviewAsOf(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	if _, err := workspacetest.Store(t, w).SavePlan(ctx, asOfPlan()); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Comms.SaveTemplate(ctx, "as-of-status", asOfTemplate); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		day      time.Time
		phase    string
		why      string
		exposure []string // flag=on/percent/source, "" source for none
		reads    string   // what the as-of-status draft says; "" for no drafts
	}{
		{"before the first phase", *dayAt(-3, 0), "", `has not started: its first dated phase, "Staff", starts on 2027-03-01`, nil, ""},
		{"mid-phase, on its first day", *dayAt(0, 0), "Staff", `phase "Staff" is in effect: it started on 2027-03-01`,
			[]string{"new-search=true/100/" + communications.ExposurePhase, "new-ranking=true/100/" + communications.ExposurePhase},
			"Staff started 2027-03-01, status active."},
		{"after an early advance, before the planned start", *dayAt(8, 0), "Beta",
			`phase "Beta" is in effect: it started on 2027-03-07, before its planned 2027-03-11`,
			[]string{"new-search=true/25/" + communications.ExposureOverride, "new-ranking=true/10/" + communications.ExposurePhase},
			"Beta started 2027-03-07, status active."},
		{"a later planned phase, read as started", *dayAt(22, 0), "Everyone", `phase "Everyone" is in effect: it is planned to start on 2027-03-21`,
			[]string{"new-search=true/100/" + communications.ExposurePhase, "new-ranking=true/100/" + communications.ExposurePhase},
			"Everyone started 2027-03-21, status active."},
		{"after the last phase", *dayAt(45, 0), "Everyone", "and ended on 2027-03-31, and no later phase starts by then, so its exposure stays",
			[]string{"new-search=true/100/" + communications.ExposurePhase, "new-ranking=true/100/" + communications.ExposurePhase},
			"Everyone started 2027-03-21, status done."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := w.Comms.PreviewAsOf(ctx, "search", tt.day.Add(15*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if got.Phase != tt.phase || !strings.Contains(got.Why, tt.why) || !got.Day.Equal(tt.day) {
				t.Errorf("phase %q on %s, why %q; want %q, why containing %q", got.Phase, got.Day, got.Why, tt.phase, tt.why)
			}
			for _, p := range got.Phases {
				if p.InEffect != (p.Name == tt.phase) {
					t.Errorf("phase %s in effect = %v", p.Name, p.InEffect)
				}
			}
			exposure := []string{}
			for _, e := range got.Exposure {
				exposure = append(exposure, fmt.Sprintf("%s=%v/%v/%s", e.Flag, e.On, e.Percent, e.Source))
			}
			if !slices.Equal(exposure, append([]string{}, tt.exposure...)) {
				t.Errorf("exposure =\n%v\nwant\n%v", exposure, tt.exposure)
			}
			checkDrafts(t, w, got, tt.reads)
		})
	}
}

// checkDrafts checks that the drafts are exactly the phase templates that
// go out with the phase, rendered for the day, and that as-of-status reads
// reads.
func checkDrafts(t *testing.T, w *workspace.Workspace, got communications.AsOf, reads string) {
	t.Helper()
	if reads == "" {
		if len(got.Drafts) != 0 || len(got.Exposure) != 0 {
			t.Errorf("%d drafts, %d exposures before any phase", len(got.Drafts), len(got.Exposure))
		}
		return
	}
	want, err := w.Comms.TemplatesFor(t.Context(), got.Release, got.Phase, "")
	if err != nil {
		t.Fatal(err)
	}
	var names, wantNames []string
	var said string
	for _, d := range got.Drafts {
		names = append(names, d.Preview.Template)
		if d.Problem != "" || d.Preview.Phase != got.Phase || d.Preview.Title == "" || len(d.Preview.Files) == 0 {
			t.Errorf("draft %s: phase %q, title %q, %d files, problem %q", d.Preview.Template, d.Preview.Phase, d.Preview.Title,
				len(d.Preview.Files), d.Problem)
		}
		if d.Preview.Template == "as-of-status" {
			said = d.Preview.Text
			if title := got.Phase + " as of " + got.Day.Format(time.DateOnly); d.Preview.Title != title {
				t.Errorf("title %q, want %q", d.Preview.Title, title)
			}
		}
	}
	for _, tm := range want {
		wantNames = append(wantNames, tm.Name)
	}
	if !slices.Equal(names, wantNames) {
		t.Errorf("drafts %v, want the phase's templates %v", names, wantNames)
	}
	if !strings.Contains(said, reads) {
		t.Errorf("as-of-status reads %q, want %q", said, reads)
	}
}

func TestPreviewAsOfFailures(t *testing.T) {
	w := workspacetest.OpenDemo(t)
	if _, err := w.Comms.PreviewAsOf(t.Context(), "nope", time.Now()); !errors.Is(err, releases.ErrNotFound) {
		t.Errorf("unknown release: %v", err)
	}
	undated := asOfPlan()
	undated.Release.Key = "undated"
	for i := range undated.Phases {
		undated.Phases[i].PlannedStart, undated.Phases[i].StartedAt = nil, nil
	}
	if _, err := workspacetest.Store(t, w).SavePlan(t.Context(), undated); err != nil {
		t.Fatal(err)
	}
	got, err := w.Comms.PreviewAsOf(t.Context(), "undated", time.Now())
	if err != nil || got.Phase != "" || !strings.Contains(got.Why, "no phase with a start date") ||
		!strings.Contains(got.Why, `left out: "Staff", "Beta", "Everyone" (set planned_start`) {
		t.Errorf("undated plan: %+v, %v", got, err)
	}
}

func TestParseDay(t *testing.T) {
	today := time.Date(2027, 5, 4, 22, 30, 0, 0, time.UTC)
	tests := []struct {
		in, want, fail string
	}{
		{"", "2027-05-04", ""},
		{"2027-06-01", "2027-06-01", ""},
		{"next monday", "", `the day "next monday" is not a date: write YYYY-MM-DD`},
		{"2027-13-01", "", "not a date"},
	}
	for _, tt := range tests {
		got, err := communications.ParseDay(tt.in, today)
		if tt.fail != "" {
			if err == nil || !strings.Contains(err.Error(), tt.fail) {
				t.Errorf("ParseDay(%q) error %v, want %q", tt.in, err, tt.fail)
			}
			continue
		}
		if err != nil || got.Format(time.DateOnly) != tt.want || !got.Equal(time.Date(got.Year(), got.Month(), got.Day(), 0, 0, 0, 0, time.UTC)) {
			t.Errorf("ParseDay(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}
