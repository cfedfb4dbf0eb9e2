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
	l := &Log{Store: storetest.Open(t), Now: func() time.Time { return at }, Actor: func() string { return "Dana" }}
	if err := l.Record(ctx, "plan.save", "checkout", "Saved release checkout"); err != nil {
		t.Fatal(err)
	}
	if err := l.Append(ctx, domain.AuditEvent{Actor: "rolloutdesk (drift check)", Action: "drift.change", Summary: "x"}); err != nil {
		t.Fatal(err)
	}
	before, _ := Snapshot(map[string]string{"active_phase": "Beta"})
	after, _ := Snapshot(map[string]string{"active_phase": "GA"})
	if err := l.Append(ctx, domain.AuditEvent{Action: "phase.advance", Comment: "CAB-12", Before: before, After: after}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		filter     domain.AuditFilter
		wantAction string
		wantActor  string
		wantBefore string
		wantAfter  string
	}{
		{domain.AuditFilter{Release: "checkout"}, "plan.save", "Dana", "", ""},
		{domain.AuditFilter{Action: "drift.change"}, "drift.change", "rolloutdesk (drift check)", "", ""},
		{domain.AuditFilter{Action: "phase.advance"}, "phase.advance", "Dana", `{"active_phase":"Beta"}`, `{"active_phase":"GA"}`},
	}
	for _, tt := range tests {
		events, err := l.List(ctx, tt.filter)
		if err != nil || len(events) != 1 {
			t.Fatalf("List(%+v) = %+v, %v", tt.filter, events, err)
		}
		e := events[0]
		if e.Action != tt.wantAction || e.Actor != tt.wantActor || !e.At.Equal(at) || string(e.Before) != tt.wantBefore || string(e.After) != tt.wantAfter {
			t.Errorf("List(%+v) = %+v", tt.filter, e)
		}
	}
}

func TestSnapshot(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
		err  bool
	}{
		{"nil records nothing", nil, "", false},
		{"map", map[string]any{"on": true}, `{"on":true}`, false},
		{"struct with tags", struct {
			Phase string `json:"phase"`
		}{"Beta"}, `{"phase":"Beta"}`, false},
		{"not JSON-able", map[string]any{"f": func() {}}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Snapshot(tt.v)
			if (err != nil) != tt.err || string(got) != tt.want {
				t.Errorf("Snapshot = %s, %v; want %s, error %v", got, err, tt.want, tt.err)
			}
		})
	}
}
