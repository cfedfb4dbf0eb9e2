package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/demo"
	vm "rolloutdesk/backend/viewmodel"
)

// TestWhoToTellAfterAKill kills a flag through the bindings, finds the
// drafted customer and support notices, exports them through the save
// dialog and sees them marked.
func TestWhoToTellAfterAKill(t *testing.T) {
	a, rt := newTestApp(t)
	if before, err := a.ReleaseNotices(demo.ReleaseKey); err != nil || before == nil || len(before) != 0 {
		t.Fatalf("ReleaseNotices before any kill = %+v, %v", before, err)
	}
	if _, err := a.KillFlag(checkout, false, "Card payments time out", demo.ReleaseKey); err != nil {
		t.Fatal(err)
	}
	notices, err := a.ReleaseNotices(demo.ReleaseKey)
	if err != nil || len(notices) != 2 {
		t.Fatalf("ReleaseNotices = %+v, %v", notices, err)
	}
	var ids []int64
	var channels []string
	for _, n := range notices {
		ids = append(ids, n.ID)
		channels = append(channels, n.Channel)
		if n.State != "drafted" || n.Event.Incident == nil || n.Event.Incident.Comment != "Card payments time out" || n.Event.Phase != "Beta 5%" {
			t.Errorf("notice %+v", n)
		}
	}
	if slices.Sort(channels); !slices.Equal(channels, []string{"email", "support"}) {
		t.Errorf("notices on %v, want a customer email and a support notice", channels)
	}
	preview, err := a.PreviewNotice(ids[0])
	if err != nil || preview.Markdown == "" || len(preview.Files) == 0 {
		t.Errorf("PreviewNotice = %+v, %v", preview, err)
	}
	rt.saveDir = ""
	if path, err := a.ExportNoticesFile(demo.ReleaseKey, ids); path != "" || err != nil {
		t.Fatalf("a cancelled export: %q, %v", path, err)
	}
	if still, _ := a.ReleaseNotices(demo.ReleaseKey); still[0].State != "drafted" {
		t.Errorf("a cancelled export marked %+v", still[0])
	}
	rt.saveDir = t.TempDir()
	path, err := a.ExportNoticesFile(demo.ReleaseKey, ids)
	if err != nil || path != filepath.Join(rt.saveDir, "new-checkout-notices.zip") {
		t.Fatalf("ExportNoticesFile = %q, %v", path, err)
	}
	if info, err := os.Stat(path); err != nil || info.Size() == 0 {
		t.Errorf("exported file: %v", err)
	}
	if err := a.DismissNotice(ids[1]); err != nil {
		t.Fatal(err)
	}
	after, _ := a.ReleaseNotices(demo.ReleaseKey)
	states := map[int64]string{}
	for _, n := range after {
		states[n.ID] = n.State
	}
	if states[ids[0]] != "exported" || states[ids[1]] != "dismissed" {
		t.Errorf("states after the export and a dismissal: %v", states)
	}
	if _, err := a.SendNoticeTest(ids[0], nil); err == nil || !strings.Contains(err.Error(), "no recipients") {
		t.Errorf("SendNoticeTest without recipients: %v", err)
	}
}

func TestCommsPlanningBindings(t *testing.T) {
	a, rt := newTestApp(t)
	picked, err := a.TemplatesForPhase(demo.ReleaseKey, "Beta 5%", "email")
	if err != nil || len(picked) != 1 || picked[0].Name != "beta-invitation" || picked[0].Trigger != "phase" {
		t.Errorf("TemplatesForPhase = %+v, %v", picked, err)
	}
	coverage, err := a.CommsCheck(demo.ReleaseKey)
	if err != nil || coverage.Unmatched == nil || len(coverage.Unmatched) != 0 || len(coverage.Silent) != 0 {
		t.Errorf("CommsCheck = %+v, %v", coverage, err)
	}
	day := func(n int) string { return time.Now().AddDate(0, 0, n).Format(time.DateOnly) }
	due, err := a.CommsDue(day(1), day(5))
	if err != nil || len(due) != 3 || !slices.ContainsFunc(due, func(e vm.CalendarEntry) bool { return e.Template == "support-guide" && e.Phase == "25%" }) {
		t.Errorf("CommsDue = %+v, %v", due, err)
	}
	if _, err := a.CommsDue(day(5), day(1)); err == nil || !strings.Contains(err.Error(), "before it starts") {
		t.Errorf("CommsDue of a backwards window: %v", err)
	}
	rt.saveDir = t.TempDir()
	if _, err := a.ExportBundleFile(demo.ReleaseKey, ""); err != nil {
		t.Fatal(err)
	}
	if changes, err := a.CommsChanges(demo.ReleaseKey); err != nil || changes == nil || len(changes) != 0 {
		t.Errorf("CommsChanges right after the export = %+v, %v", changes, err)
	}
}
