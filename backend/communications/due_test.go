package communications_test

import (
	"slices"
	"testing"
	"time"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestDueListsExactlyWhatIsDatedInTheWindow(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	now := time.Now()
	in := func(days int) *time.Time { d := now.AddDate(0, 0, days); return &d }
	if _, err := workspacetest.Store(t, w).SavePlan(ctx, domain.Plan{
		Release: domain.Release{Key: "search", Name: "New search"},
		Phases: []domain.Phase{
			{Name: "Staff", Audience: "Staff", Status: domain.PhasePlanned, PlannedStart: in(2)},
			{Name: "Everyone", Audience: "Everyone", Status: domain.PhasePlanned, PlannedStart: in(30)},
		},
	}); err != nil {
		t.Fatal(err)
	}
	window := func(from, to int) calendar.Window {
		w, err := calendar.NewWindow(now.AddDate(0, 0, from), now.AddDate(0, 0, to))
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	// The demo: Internal started 14 days ago, Beta 5% 4 days ago; 25% starts
	// in 3 days, 50% in 10 and GA in 17. The held-out release starts in 2.
	tests := []struct {
		name    string
		release string // "" for every release
		window  calendar.Window
		want    []string // release/phase/template
	}{
		{"next days of one release", demo.ReleaseKey, window(1, 5), []string{
			"new-checkout/25%/in-app-banner", "new-checkout/25%/known-issues", "new-checkout/25%/support-guide"}},
		{"phases that started count on their start", demo.ReleaseKey, window(-20, -1), []string{
			"new-checkout/Internal/internal-heads-up", "new-checkout/Internal/in-app-banner", "new-checkout/Internal/known-issues",
			"new-checkout/Internal/support-guide", "new-checkout/Beta 5%/beta-invitation", "new-checkout/Beta 5%/in-app-banner",
			"new-checkout/Beta 5%/known-issues", "new-checkout/Beta 5%/support-guide"}},
		{"nothing dated", demo.ReleaseKey, window(40, 50), []string{}},
		{"every release, by date", "", window(1, 5), []string{
			"search/Staff/internal-heads-up", "search/Staff/in-app-banner", "search/Staff/known-issues", "search/Staff/support-guide",
			"new-checkout/25%/in-app-banner", "new-checkout/25%/known-issues", "new-checkout/25%/support-guide"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var entries []calendar.Entry
			var err error
			if tt.release == "" {
				entries, err = w.Comms.DueAll(ctx, tt.window)
			} else {
				entries, err = w.Comms.Due(ctx, tt.release, tt.window)
			}
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, e := range entries {
				got = append(got, e.Release+"/"+e.Phase+"/"+e.Template)
				if e.Date.Before(tt.window.From) || e.Date.After(tt.window.To) || e.Audience == "" || e.Channel == "" {
					t.Errorf("entry %+v outside %+v or without audience", e, tt.window)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("due =\n%v\nwant\n%v", got, tt.want)
			}
		})
	}
	if _, err := w.Comms.Due(ctx, "nope", window(0, 1)); err == nil {
		t.Error("due of an unknown release")
	}
}
