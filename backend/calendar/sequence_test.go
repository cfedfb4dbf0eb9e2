package calendar

import (
	"testing"
	"time"

	"rolloutdesk/backend/store"
)

func TestReviseKeepsUIDsAndRaisesSequence(t *testing.T) {
	base := sampleEntries()[0]
	moved := base
	moved.Date = base.Date.AddDate(0, 0, 7)
	retold := base
	retold.Audience = "Every beta customer"
	renamed := base
	renamed.Title = "Beta welcome"
	later := sampleNow.Add(24 * time.Hour)
	tests := []struct {
		name         string
		last         []Entry // exported before, in order, each export remembered
		now          Entry
		wantSequence int
	}{
		{"a new event starts at 0", nil, base, 0},
		{"an unchanged event keeps its sequence", []Entry{base}, base, 0},
		{"a phase that moved raises it", []Entry{base}, moved, 1},
		{"a new audience raises it", []Entry{base}, retold, 1},
		{"a new title raises it", []Entry{base}, renamed, 1},
		{"each change raises it again", []Entry{base, moved}, base, 2},
		{"a change exported once is not counted twice", []Entry{base, moved, moved}, moved, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			remembered := map[string]store.CalendarEvent{}
			for _, e := range tt.last {
				_, keep, err := Revise([]Entry{e}, "example.com", remembered, sampleNow)
				if err != nil {
					t.Fatal(err)
				}
				remembered[keep[0].UID] = keep[0]
			}
			events, keep, err := Revise([]Entry{tt.now}, "example.com", remembered, later)
			if err != nil {
				t.Fatal(err)
			}
			if got := events[0]; got.Sequence != tt.wantSequence || got.UID != uid(base, "example.com") || got.Entry != tt.now {
				t.Errorf("event %+v, want sequence %d under the UID of %+v", got, tt.wantSequence, base)
			}
			if k := keep[0]; k.UID != events[0].UID || k.Sequence != tt.wantSequence || k.Release != base.Release || !k.ExportedAt.Equal(later) {
				t.Errorf("remembers %+v", k)
			}
		})
	}
}
