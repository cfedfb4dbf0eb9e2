package support_test

import (
	"testing"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/workspace"
	"rolloutdesk/backend/workspace/workspacetest"
)

// guide is a support template for every phase that mentions word.
func guide(word string) string {
	return "---\nchannel: support\nphase: \"*\"\ntitle: Notes\n---\n# Notes for {{.Release.Name}}\n\nAsk about " + word + ".\n"
}

// TestSearchIndexFollowsChanges checks that the index is rebuilt when
// templates or plans change through the services, and once a day, but not
// on every search.
func TestSearchIndexFollowsChanges(t *testing.T) {
	ctx := t.Context()
	clock := time.Date(2025, 6, 2, 9, 0, 0, 0, time.Local)
	w := workspacetest.Open(t, workspace.Options{OfferDemo: true, Now: func() time.Time { return clock }})
	found := func(query string) bool {
		t.Helper()
		hits, err := w.Support.Search(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		return len(hits) > 0
	}

	if _, err := w.Comms.SaveTemplate(ctx, "notes", guide("zephyr")); err != nil {
		t.Fatal(err)
	}
	if !found("zephyr") {
		t.Error("a saved template is not searchable")
	}

	plan, err := w.Releases.Get(ctx, demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	plan.Release.Name = "Quokka checkout"
	if _, err := w.Releases.Save(ctx, plan); err != nil {
		t.Fatal(err)
	}
	if !found("quokka") {
		t.Error("a renamed release is not searchable under its new name")
	}

	behind, err := comms.ParseTemplate("behind", guide("wombat"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := workspacetest.Store(t, w).SaveTemplate(ctx, behind); err != nil {
		t.Fatal(err)
	}
	if found("wombat") {
		t.Error("a search rebuilt the index although nothing changed through a service")
	}
	clock = clock.AddDate(0, 0, 1)
	if !found("wombat") {
		t.Error("the index was not rebuilt on a new day")
	}
}
