package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/calendar"
)

func TestCommsCalendar(t *testing.T) {
	dir := demoDir(t)
	code, out, errOut := run(t, nil, "--data-dir", dir, "--json", "comms", "calendar", "new-checkout")
	var got struct {
		Release string           `json:"release"`
		Entries []calendar.Entry `json:"entries"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Release != "new-checkout" || len(got.Entries) == 0 {
		t.Fatalf("calendar --json: %d %q %q", code, out, errOut)
	}

	ics := filepath.Join(t.TempDir(), "comms.ics")
	// Each case wants its text in stdout, or in stderr when it fails.
	tests := []struct {
		name string
		args []string
		fail bool
		want string
	}{
		{"table", []string{"comms", "calendar", "new-checkout"}, false, "DATE        PHASE     CHANNEL  TEMPLATE           AUDIENCE\n"},
		{"table row with a rendered audience", []string{"comms", "calendar", "new-checkout"}, false,
			"Beta 5%   in_app   in-app-banner      Customers who opted into beta, then 5% of everyone\n"},
		{"ics file", []string{"comms", "calendar", "new-checkout", "-o", ics}, false, "events of release new-checkout to " + ics},
		{"ics file json", []string{"--json", "comms", "calendar", "new-checkout", "-o", ics}, false, `"file": "` + ics + `"`},
		{"unknown release", []string{"comms", "calendar", "nope"}, true, "rolloutdesk plan list shows the releases"},
		{"unwritable file", []string{"comms", "calendar", "new-checkout", "-o", filepath.Join(ics, "x.ics")}, true, "x.ics"},
		{"help has an example", []string{"comms", "calendar", "--help"}, false, "rolloutdesk comms calendar new-checkout -o new-checkout.ics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expect(t, dir, tt.args, tt.fail, tt.want) })
	}
	data, err := os.ReadFile(ics)
	if err != nil || !strings.HasPrefix(string(data), "BEGIN:VCALENDAR\r\n") || strings.Count(string(data), "BEGIN:VEVENT") != len(got.Entries) {
		t.Fatalf(".ics file: %v\n%s", err, data)
	}
}

func TestCalendarTableWithoutEntries(t *testing.T) {
	if got := calendarTable("x", nil); !strings.Contains(got, "Nothing is scheduled for release x") {
		t.Errorf("calendarTable = %q", got)
	}
}
