package workspace

import (
	"context"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

func TestCreateLinkUnlink(t *testing.T) {
	ctx := context.Background()
	w := open(t, t.TempDir(), false)
	defer w.Close()
	r := domain.Release{Key: "search-v2", Name: "Search v2", Owner: "lee@example.com"}
	p, err := w.CreateRelease(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Phases) != 6 || p.Phases[0].Name != "Internal" || p.Phases[5].Name != "GA" {
		t.Fatalf("phases = %+v", p.Phases)
	}
	if _, err := w.CreateRelease(ctx, r); err == nil || !strings.Contains(err.Error(), "exists already") {
		t.Fatalf("duplicate key: %v", err)
	}
	link := domain.FlagLink{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", FlagKey: "search-v2", Variation: "true"}
	if p, err = w.LinkFlag(ctx, "search-v2", link); err != nil || len(p.Links) != 1 {
		t.Fatalf("link: %+v %v", p.Links, err)
	}
	if _, err := w.LinkFlag(ctx, "search-v2", link); err == nil || !strings.Contains(err.Error(), "listed twice") {
		t.Fatalf("linking twice: %v", err)
	}
	bad := link
	bad.Provider = "flagsmith"
	if _, err := w.LinkFlag(ctx, "search-v2", bad); err == nil {
		t.Fatal("linked a flag of an unknown provider")
	}
	if p, err = w.UnlinkFlag(ctx, "search-v2", link); err != nil || len(p.Links) != 0 {
		t.Fatalf("unlink: %+v %v", p.Links, err)
	}
	events, _ := w.Store.ListAudit(ctx, domain.AuditFilter{Release: "search-v2", Action: "plan.save"})
	if len(events) != 3 {
		t.Fatalf("plan.save events = %d, want 3 (create, link, unlink)", len(events))
	}
}
