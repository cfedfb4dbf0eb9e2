package audit

import (
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store/storetest"
)

func TestRecordAndList(t *testing.T) {
	ctx := t.Context()
	at := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	l := &Log{Store: storetest.Open(t), Now: func() time.Time { return at }}
	if err := l.Record(ctx, "plan.save", "checkout", "Saved release checkout"); err != nil {
		t.Fatal(err)
	}
	if err := l.Append(ctx, domain.AuditEvent{Actor: "rolloutdesk (drift check)", Action: "drift.change", Summary: "x"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		filter     domain.AuditFilter
		wantAction string
		wantActor  string
	}{
		{domain.AuditFilter{Release: "checkout"}, "plan.save", Actor},
		{domain.AuditFilter{Action: "drift.change"}, "drift.change", "rolloutdesk (drift check)"},
	}
	for _, tt := range tests {
		events, err := l.List(ctx, tt.filter)
		if err != nil || len(events) != 1 || events[0].Action != tt.wantAction || events[0].Actor != tt.wantActor || !events[0].At.Equal(at) {
			t.Errorf("List(%+v) = %+v, %v", tt.filter, events, err)
		}
	}
}
