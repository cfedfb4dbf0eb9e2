package cli

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/store"
)

func TestCommsChanges(t *testing.T) {
	dir := demoDir(t)
	expect(t, dir, []string{"comms", "changes", "new-checkout"}, false, "Nothing exported for release new-checkout reads differently now.")
	expect(t, dir, []string{"comms", "bundle", "new-checkout", "-o", filepath.Join(t.TempDir(), "all.zip")}, false, "Wrote the communications")
	expect(t, dir, []string{"comms", "changes", "new-checkout"}, false, "reads differently now")
	// The plan's 25% phase moves by a week, straight in the store.
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := st.GetPlan(ctx, demo.ReleaseKey)
	if err == nil {
		later := plan.Phases[2].PlannedStart.AddDate(0, 0, 7)
		plan.Phases[2].PlannedStart = &later
		_, err = st.SavePlan(ctx, plan)
	}
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	expect(t, dir, []string{"comms", "changes", "new-checkout"}, false, "== support-guide, phase 25% (support), exported ")
	expect(t, dir, []string{"comms", "changes", "new-checkout"}, false, "\n+This phase starts on **")
	expect(t, dir, []string{"--json", "comms", "changes", "new-checkout"}, false, `"diff": "@@ -`)
	expect(t, dir, []string{"comms", "changes", "nope"}, true, "rolloutdesk plan list shows the releases")
}

func TestChangesText(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	got := changesText("r", []communications.Change{{Phase: "GA", Template: "ga", Channel: "email", ExportedAt: at, Gone: true, Diff: "@@ -1,1 +1,1 @@\n-a\n+\n"}})
	want := "== ga, phase GA (email), exported 2026-03-02 09:30: no longer goes out\n@@ -1,1 +1,1 @@\n-a\n+"
	if got != want {
		t.Errorf("changesText =\n%q\nwant\n%q", got, want)
	}
}
