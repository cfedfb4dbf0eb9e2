package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"rolloutdesk/backend/domain"
)

// TestTriggerMigration stores templates as builds before triggers did,
// migrates, and checks that incident templates — named so, as the old rule
// had it — now say so in their column and their front matter.
func TestTriggerMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := fs.Sub(migrations, "migrations")
	p, err := goose.NewProvider(goose.DialectSQLite3, db, sub, goose.WithGoMigrations(goMigrations...))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 10); err != nil {
		t.Fatal(err)
	}
	old := map[string]string{
		"incident-customers": "---\nchannel: email\nphase: \"*\"\nsubject: Paused\n---\nBody\n",
		"Big-INCIDENT-note":  "---\nchannel: support\n---\nBody\n",
		"support-guide":      "---\nchannel: support\n---\nBody\n",
		"_incident-footer":   "---\nchannel: email\n---\nBye\n",
	}
	for name, source := range old {
		if _, err := db.ExecContext(ctx, `INSERT INTO templates (name, channel, phase, title, source, builtin, updated_at)
			VALUES (?, 'email', '*', '', ?, 0, '2026-01-01T00:00:00Z')`, name, source); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name        string
		wantTrigger domain.Trigger
		wantSource  string
	}{
		{"incident-customers", domain.TriggerIncident, "---\ntrigger: incident\nchannel: email\nphase: \"*\"\nsubject: Paused\n---\nBody\n"},
		{"Big-INCIDENT-note", domain.TriggerIncident, "---\ntrigger: incident\nchannel: support\n---\nBody\n"},
		{"support-guide", domain.TriggerPhase, old["support-guide"]},
		{"_incident-footer", domain.TriggerPhase, old["_incident-footer"]},
	}
	for _, tt := range tests {
		got, err := s.GetTemplate(ctx, tt.name)
		if err != nil || got.Trigger != tt.wantTrigger || got.Source != tt.wantSource {
			t.Errorf("%s: trigger %q source %q (%v), want %q %q", tt.name, got.Trigger, got.Source, err, tt.wantTrigger, tt.wantSource)
		}
	}
}

func TestDrafts(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	at := time.Date(2026, 3, 2, 14, 5, 0, 0, time.UTC)
	added, err := s.AddDrafts(ctx, []domain.Draft{
		{Release: "checkout", Trigger: domain.TriggerIncident, Template: "incident-customers", Event: []byte(`{"phase":"Beta"}`), CreatedAt: at},
		{Release: "checkout", Trigger: domain.TriggerIncident, Template: "incident-support", Event: []byte(`{"phase":"Beta"}`), CreatedAt: at},
		{Release: "search", Trigger: domain.TriggerRollback, Template: "rollback-support", Event: []byte(`{}`), CreatedAt: at.Add(time.Hour)},
	})
	if err != nil || len(added) != 3 || added[0].ID == 0 || added[0].State != domain.DraftDrafted || !added[0].UpdatedAt.Equal(at) {
		t.Fatalf("AddDrafts = %+v, %v", added, err)
	}
	if _, err := s.AddDrafts(ctx, []domain.Draft{{Release: "x", Trigger: domain.TriggerIncident, Template: "ok", Event: []byte(`{}`), CreatedAt: at},
		{Release: "x", Trigger: domain.TriggerPhase, Template: "no", Event: []byte(`{}`), CreatedAt: at}}); err == nil {
		t.Fatal("drafted a phase template")
	}
	if list, _ := s.ListDrafts(ctx, "x"); len(list) != 0 {
		t.Errorf("a refused batch left %+v", list)
	}
	later := at.Add(2 * time.Hour)
	if err := s.SetDraftState(ctx, added[1].ID, domain.DraftExported, later); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDraftState(ctx, 999, domain.DraftSent, later); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetDraftState of a missing draft: %v", err)
	}
	if err := s.SetDraftState(ctx, added[0].ID, "lost", later); err == nil {
		t.Error("set an unknown state")
	}
	list, err := s.ListDrafts(ctx, "checkout")
	if err != nil || len(list) != 2 || list[0].ID != added[1].ID || list[0].State != domain.DraftExported || !list[0].UpdatedAt.Equal(later) ||
		string(list[1].Event) != `{"phase":"Beta"}` || !list[1].CreatedAt.Equal(at) {
		t.Fatalf("ListDrafts = %+v, %v; newest first, the exported one marked", list, err)
	}
	if d, err := s.GetDraft(ctx, added[2].ID); err != nil || d.Template != "rollback-support" || d.Trigger != domain.TriggerRollback {
		t.Errorf("GetDraft = %+v, %v", d, err)
	}
	if _, err := s.GetDraft(ctx, 999); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "draft 999") {
		t.Errorf("GetDraft of a missing draft: %v", err)
	}
}

func TestCalendarEvents(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	at := time.Date(2026, 3, 2, 14, 5, 0, 0, time.UTC)
	first := []CalendarEvent{{UID: "a@x", Release: "checkout", Fingerprint: "f1", Sequence: 0, ExportedAt: at},
		{UID: "b@x", Release: "search", Fingerprint: "f2", Sequence: 0, ExportedAt: at}}
	if err := s.SaveCalendarEvents(ctx, first); err != nil {
		t.Fatal(err)
	}
	moved := CalendarEvent{UID: "a@x", Release: "checkout", Fingerprint: "f3", Sequence: 1, ExportedAt: at.Add(time.Hour)}
	if err := s.SaveCalendarEvents(ctx, []CalendarEvent{moved}); err != nil {
		t.Fatal(err)
	}
	got, err := s.CalendarEvents(ctx, "checkout")
	if err != nil || len(got) != 1 || got["a@x"] != moved {
		t.Fatalf("CalendarEvents = %+v, %v; want only %+v", got, err, moved)
	}
}
