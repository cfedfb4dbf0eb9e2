package releases

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
	"rolloutdesk/backend/verdicts"
)

// counted counts the support index rebuilds.
type counted struct{ n int }

func (c *counted) Reindex(context.Context) error { c.n++; return nil }

func newService(t *testing.T) (*Service, *store.Store, *counted) {
	t.Helper()
	st := storetest.Open(t)
	log := &audit.Log{Store: st, Now: time.Now}
	index := &counted{}
	return &Service{Store: st, Audit: log, Drift: &verdicts.Service{Store: st, Audit: log, Now: time.Now}, Index: index}, st, index
}

func TestCreateLinkUnlink(t *testing.T) {
	ctx := context.Background()
	s, st, index := newService(t)
	r := domain.Release{Key: "search-v2", Name: "Search v2", Owner: "lee@example.com"}
	p, err := s.Create(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Phases) != 6 || p.Phases[0].Name != "Internal" || p.Phases[5].Name != "GA" {
		t.Fatalf("phases = %+v", p.Phases)
	}
	if _, err := s.Create(ctx, r); err == nil || !strings.Contains(err.Error(), "exists already") {
		t.Fatalf("duplicate key: %v", err)
	}
	link := domain.FlagLink{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", FlagKey: "search-v2", Variation: "true"}
	if p, err = s.Link(ctx, "search-v2", link); err != nil || len(p.Links) != 1 {
		t.Fatalf("link: %+v %v", p.Links, err)
	}
	if _, err := s.Link(ctx, "search-v2", link); err == nil || !strings.Contains(err.Error(), "listed twice") {
		t.Fatalf("linking twice: %v", err)
	}
	bad := link
	bad.Provider = "flagsmith"
	if _, err := s.Link(ctx, "search-v2", bad); err == nil {
		t.Fatal("linked a flag of an unknown provider")
	}
	if p, err = s.Unlink(ctx, "search-v2", link); err != nil || len(p.Links) != 0 {
		t.Fatalf("unlink: %+v %v", p.Links, err)
	}
	events, _ := st.ListAudit(ctx, domain.AuditFilter{Release: "search-v2", Action: "plan.save"})
	if len(events) != 3 {
		t.Fatalf("plan.save events = %d, want 3 (create, link, unlink)", len(events))
	}
	if index.n != 3 {
		t.Errorf("support index rebuilt %d times, want once per save", index.n)
	}
}

func TestPlanFiles(t *testing.T) {
	ctx := t.Context()
	s, _, _ := newService(t)
	if _, err := s.Create(ctx, domain.Release{Key: "search-v2", Name: "Search v2"}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), FileName("search-v2"))
	if err := s.ExportFile(ctx, "search-v2", path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if problems := Check("search-v2.yaml", string(data)); len(problems) != 0 {
		t.Errorf("the exported file has problems: %+v", problems)
	}
	if p, err := s.ImportFile(ctx, path); err != nil || p.Release.Key != "search-v2" {
		t.Errorf("ImportFile = %+v, %v", p.Release, err)
	}
	tests := []struct {
		name, text, want string
	}{
		{"not YAML", "release: [", ""},
		{"no name", "release: search\n", "name is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems := Check("search.yaml", tt.text)
			if len(problems) == 0 || !strings.Contains(problems[0].Reason, tt.want) {
				t.Errorf("Check = %+v, want a problem about %q", problems, tt.want)
			}
		})
	}
	if _, err := s.Export(ctx, "nope"); err == nil {
		t.Error("exported an unknown release")
	}
}
