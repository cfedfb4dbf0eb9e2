package store

import (
	"context"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
)

func TestAuditCommentAndReportNotes(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	at := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	if _, err := s.AppendAudit(ctx, domain.AuditEvent{At: at, Actor: "dana", Action: "phase.advance", Release: "r",
		Summary: "Moved r", Comment: "CAB-7 approved"}); err != nil {
		t.Fatal(err)
	}
	events, err := s.ListAudit(ctx, domain.AuditFilter{Release: "r"})
	if err != nil || len(events) != 1 || events[0].Comment != "CAB-7 approved" {
		t.Fatalf("events = %+v, %v", events, err)
	}
	if notes, err := s.ReportNotes(ctx, "r"); err != nil || notes != "" {
		t.Fatalf("no notes yet: %q, %v", notes, err)
	}
	for _, want := range []string{"Start beta on a Tuesday.", "Start beta on a Tuesday.\nBrief support a day earlier."} {
		if err := s.SetReportNotes(ctx, "r", want, at); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.ReportNotes(ctx, "r"); got != want {
			t.Errorf("notes = %q, want %q", got, want)
		}
	}
}
