package calendar

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestWindowDue(t *testing.T) {
	entry := func(release string, d time.Time, template string) Entry {
		return Entry{Date: d, Release: release, Template: template}
	}
	mon, tue, sun, next := date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 9), date(2025, 3, 10)
	entries := []Entry{
		entry("b", tue, "b-tue"), entry("a", date(2025, 3, 2), "a-before"), entry("a", mon, "a-mon"),
		entry("a", sun, "a-sun"), entry("b", next, "b-next"), entry("a", tue, "a-tue"),
	}
	cet := time.FixedZone("CET", 3600)
	tests := []struct {
		name     string
		from, to time.Time
		want     []string
	}{
		{"a week, both ends included, by date then release", mon, sun, []string{"a-mon", "a-tue", "b-tue", "a-sun"}},
		{"one day", tue, tue, []string{"a-tue", "b-tue"}},
		{"times within the days count as the days", mon.Add(23 * time.Hour), sun.Add(time.Hour), []string{"a-mon", "a-tue", "b-tue", "a-sun"}},
		{"the date its own time zone sees", time.Date(2025, 3, 10, 0, 30, 0, 0, cet), time.Date(2025, 3, 10, 0, 30, 0, 0, cet), []string{"b-next"}},
		{"nothing dated in it", date(2025, 4, 1), date(2025, 4, 30), []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := NewWindow(tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, e := range w.Due(entries) {
				got = append(got, e.Template)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Due = %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := NewWindow(sun, mon); err == nil {
		t.Error("a window ending before it starts was accepted")
	}
}

func TestParseWindow(t *testing.T) {
	today := time.Date(2025, 3, 5, 23, 30, 0, 0, time.FixedZone("PST", -8*3600))
	tests := []struct {
		from, to         string
		wantFrom, wantTo time.Time
		wantErr          string
	}{
		{"", "", date(2025, 3, 5), date(2025, 3, 11), ""},
		{"2025-03-10", "", date(2025, 3, 10), date(2025, 3, 16), ""},
		{"2025-03-10", "2025-03-10", date(2025, 3, 10), date(2025, 3, 10), ""},
		{"", "2025-03-31", date(2025, 3, 5), date(2025, 3, 31), ""},
		{"10/03/2025", "", time.Time{}, time.Time{}, `the first day "10/03/2025" is not a date`},
		{"", "next week", time.Time{}, time.Time{}, `the last day "next week" is not a date`},
		{"2025-03-10", "2025-03-09", time.Time{}, time.Time{}, "ends on 2025-03-09, before it starts on 2025-03-10"},
	}
	for _, tt := range tests {
		w, err := ParseWindow(tt.from, tt.to, today)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseWindow(%q, %q) error %v, want %q", tt.from, tt.to, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !w.From.Equal(tt.wantFrom) || !w.To.Equal(tt.wantTo) {
			t.Errorf("ParseWindow(%q, %q) = %+v, %v; want %v to %v", tt.from, tt.to, w, err, tt.wantFrom, tt.wantTo)
		}
	}
}
