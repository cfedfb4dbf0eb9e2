package communications_test

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestCalendar(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)

	entries, err := w.Comms.Calendar(ctx, demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	var invitation, incident bool
	for i, e := range entries {
		if i > 0 && e.Date.Before(entries[i-1].Date) {
			t.Errorf("entry %d (%s) comes before entry %d", i, e.Date, i-1)
		}
		invitation = invitation || e.Template == "beta-invitation" && e.Phase == "Beta 5%" && e.Audience == "Customers who opted into beta"
		incident = incident || strings.Contains(e.Template, "incident")
		if strings.Contains(e.Audience, "{{") || e.Audience == "" {
			t.Errorf("entry %+v: want the rendered audience", e)
		}
	}
	if !invitation || incident {
		t.Errorf("entries %+v: want the beta invitation on Beta 5%% and no incident template", entries)
	}

	path := filepath.Join(t.TempDir(), "comms.ics")
	if err := w.Comms.ExportCalendarFile(ctx, demo.ReleaseKey, path); err != nil {
		t.Fatal(err)
	}
	ics, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "X-WR-CALNAME:New checkout communications\r\n",
		"SUMMARY:Email: Beta invitation (Beta 5%)\r\n", "@example.com\r\n"} {
		if !strings.Contains(string(ics), want) {
			t.Errorf(".ics lacks %q:\n%s", want, ics)
		}
	}
	if n := strings.Count(string(ics), "BEGIN:VEVENT"); n != len(entries) {
		t.Errorf(".ics has %d events, want %d", n, len(entries))
	}
}

func TestCalendarErrors(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	tests := []struct {
		name    string
		export  func() error
		wantErr string
	}{
		{"unknown release", func() error { _, err := w.Comms.Calendar(ctx, "nope"); return err }, `"nope"`},
		{"unwritable path", func() error {
			return w.Comms.ExportCalendarFile(ctx, demo.ReleaseKey, filepath.Join(t.TempDir(), "missing", "comms.ics"))
		}, "comms.ics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.export(); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestCalendarWithoutStarts(t *testing.T) {
	w := workspacetest.OpenDemo(t)
	workspacetest.EditDemo(t, w, func(plan *domain.Plan) {
		for i := range plan.Phases {
			plan.Phases[i].PlannedStart, plan.Phases[i].StartedAt = nil, nil
		}
	})
	entries, err := w.Comms.Calendar(t.Context(), demo.ReleaseKey)
	if err != nil || entries == nil || len(entries) != 0 {
		t.Fatalf("Calendar = %#v, %v; want an empty, non-nil list", entries, err)
	}
}

func TestCalendarShowsPhaseAudienceOfBrokenTemplate(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	workspacetest.SaveBroken(t, w, "---\nchannel: in_app\nphase: GA\naudience: \"{{.Phase.Nope}}\"\n---\nHello\n")
	entries, err := w.Comms.Calendar(ctx, demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(entries, func(e calendar.Entry) bool { return e.Template == "broken" })
	if i < 0 || entries[i].Audience != "Every customer" {
		t.Fatalf("entries %+v: want the broken template with GA's audience", entries)
	}
}

// icsEvents reads the UID and SEQUENCE of each event of an exported
// calendar, by its summary.
func icsEvents(t *testing.T, path string) map[string][2]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][2]string{}
	for _, event := range strings.Split(string(data), "BEGIN:VEVENT\r\n")[1:] {
		field := func(name string) string {
			_, rest, _ := strings.Cut(event, "\r\n"+name+":")
			if strings.HasPrefix(event, name+":") {
				rest = strings.TrimPrefix(event, name+":")
			}
			value, _, _ := strings.Cut(rest, "\r\n")
			return value
		}
		out[field("SUMMARY")] = [2]string{field("UID"), field("SEQUENCE")}
	}
	return out
}

func TestCalendarKeepsUIDsAndRaisesSequenceWhenAPhaseMoves(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	path := filepath.Join(t.TempDir(), "comms.ics")
	export := func() map[string][2]string {
		t.Helper()
		if err := w.Comms.ExportCalendarFile(ctx, demo.ReleaseKey, path); err != nil {
			t.Fatal(err)
		}
		return icsEvents(t, path)
	}
	first := export()
	again := export()
	if len(first) == 0 || !maps.Equal(first, again) {
		t.Fatalf("an export without changes differs:\n%v\n%v", first, again)
	}
	workspacetest.EditDemo(t, w, func(plan *domain.Plan) {
		moved := plan.Phases[2].PlannedStart.AddDate(0, 0, 2)
		plan.Phases[2].PlannedStart = &moved
	})
	moved := export()
	if len(moved) != len(first) {
		t.Fatalf("%d events after the move, %d before", len(moved), len(first))
	}
	for summary, before := range first {
		after, ok := moved[summary]
		wantSequence := "0"
		if strings.HasSuffix(summary, "(25%)") {
			wantSequence = "1"
		}
		if !ok || after[0] != before[0] || before[1] != "0" || after[1] != wantSequence {
			t.Errorf("%s: UID and SEQUENCE %v, then %v; want the same UID and SEQUENCE %s", summary, before, after, wantSequence)
		}
	}
	if again := export(); !maps.Equal(again, moved) {
		t.Errorf("exporting the moved calendar again raised SEQUENCE:\n%v\n%v", moved, again)
	}
}
