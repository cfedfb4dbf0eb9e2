package communications_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/workspace"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestChangesSinceTheExport(t *testing.T) {
	ctx := t.Context()
	clock := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	w := workspacetest.Open(t, workspace.Options{OfferDemo: true, Now: func() time.Time { return clock }})
	changed := func() []string {
		t.Helper()
		changes, err := w.Comms.Changes(ctx, demo.ReleaseKey)
		if err != nil || changes == nil {
			t.Fatalf("Changes = %v, %v", changes, err)
		}
		out := []string{}
		for _, c := range changes {
			out = append(out, c.Phase+"/"+c.Template)
			if c.Diff == "" || !c.ExportedAt.Equal(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)) {
				t.Errorf("change %+v without a diff or its export time", c)
			}
		}
		return out
	}
	if got := changed(); len(got) != 0 {
		t.Fatalf("changes %v before any export", got)
	}
	if err := w.Comms.ExportBundleFile(ctx, demo.ReleaseKey, "", filepath.Join(t.TempDir(), "all.zip")); err != nil {
		t.Fatal(err)
	}
	clock = clock.AddDate(0, 0, 1)
	if got := changed(); len(got) != 0 {
		t.Fatalf("a day later, with the same plan, %v changed", got)
	}
	var moved string
	workspacetest.EditDemo(t, w, func(plan *domain.Plan) {
		later := plan.Phases[2].PlannedStart.AddDate(0, 0, 2)
		plan.Phases[2].PlannedStart = &later
		moved = later.Format("2 Jan 2006")
	})
	// The 25% phase's own guide, and the two emails listing every phase's
	// dates, read differently; nothing else does.
	want := []string{"Internal/internal-heads-up", "25%/support-guide", "GA/ga-announcement"}
	if got := changed(); !slices.Equal(got, want) {
		t.Fatalf("after moving 25%%: %v, want %v", got, want)
	}
	changes, _ := w.Comms.Changes(ctx, demo.ReleaseKey)
	guide := changes[slices.IndexFunc(changes, func(c communications.Change) bool { return c.Template == "support-guide" })]
	if !strings.Contains(guide.Diff, "+This phase starts on **"+moved+"**") || !strings.Contains(guide.Diff, "\n-This phase starts on **") {
		t.Errorf("the guide's diff:\n%s", guide.Diff)
	}
	workspacetest.EditDemo(t, w, func(plan *domain.Plan) { plan.Phases[4].Name = "Everyone" })
	changes, _ = w.Comms.Changes(ctx, demo.ReleaseKey)
	gone := slices.DeleteFunc(changes, func(c communications.Change) bool { return !c.Gone })
	if len(gone) != 4 || gone[0].Phase != "GA" {
		t.Errorf("after renaming GA, gone: %+v; want its four communications", gone)
	}
}

// TestExportsAreAudited checks that a bundle export leaves one audit event
// per phase it held, filed under the phase, which the rollout report lists.
func TestExportsAreAudited(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.Open(t, workspace.Options{OfferDemo: true})
	if err := w.Comms.ExportBundleFile(ctx, demo.ReleaseKey, "GA", filepath.Join(t.TempDir(), "ga.zip")); err != nil {
		t.Fatal(err)
	}
	events, err := w.Audit.List(ctx, domain.AuditFilter{Release: demo.ReleaseKey, Action: "comms.export"})
	if err != nil || len(events) != 1 || events[0].Subject != "GA" || !strings.HasPrefix(events[0].Summary, "Exported ") {
		t.Fatalf("export audit = %+v, %v", events, err)
	}
	d, err := w.Report.Build(ctx, demo.ReleaseKey, time.Time{})
	if err != nil || !slices.ContainsFunc(d.Communications, func(e domain.AuditEvent) bool { return e.Action == "comms.export" }) {
		t.Errorf("the report's communications = %+v, %v", d.Communications, err)
	}
}
