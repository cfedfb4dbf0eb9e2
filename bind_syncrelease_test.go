package main

import (
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/demo"
	vm "rolloutdesk/backend/viewmodel"
)

func TestSyncReleaseAnnouncesOnce(t *testing.T) {
	a, rt := newTestApp(t)
	res, err := a.SyncRelease(demo.ReleaseKey)
	if err != nil || len(res.Runs) != 1 || res.Runs[0].Status != "ok" {
		t.Fatalf("SyncRelease = %+v, %v", res, err)
	}
	names := rt.named()
	if len(names) < 2 || names[0] != "sync:progress" || !slices.Contains(names, "sync:finished") {
		t.Fatalf("events = %q, want progress, then finished", names)
	}
	drifts := 0
	for _, n := range names {
		if n == "drift:changed" {
			drifts++
		}
	}
	if drifts > 1 || len(rt.notices) > 1 || drifts != len(rt.notices) || (res.DriftChanged == 0) != (drifts == 0) {
		t.Errorf("%d drift:changed events and %d notifications for %d changes; want at most one of each, only when something changed",
			drifts, len(rt.notices), res.DriftChanged)
	}
	if _, err := a.SyncRelease("nope"); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("SyncRelease(nope) = %v", err)
	}
	line, err := a.GetStatusLine(demo.ReleaseKey)
	if err != nil || line.Now.Phase != "Beta 5%" || line.Next.Phase != "25%" || line.Due.Source == "" {
		t.Errorf("GetStatusLine = %+v, %v", line, err)
	}
	lines, err := a.ListStatusLines()
	if err != nil || !slices.ContainsFunc(lines, func(l vm.StatusLine) bool { return l.Release == demo.ReleaseKey }) {
		t.Errorf("ListStatusLines = %+v, %v", lines, err)
	}
}
