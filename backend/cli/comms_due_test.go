package cli

import (
	"encoding/json"
	"testing"
	"time"

	"rolloutdesk/backend/calendar"
)

func TestCommsDue(t *testing.T) {
	dir := demoDir(t)
	// The demo's 25% phase is planned three days from now, 50% in ten.
	day := func(n int) string { return time.Now().AddDate(0, 0, n).Format(time.DateOnly) }
	code, out, errOut := run(t, nil, "--data-dir", dir, "--json", "comms", "due", "new-checkout", "--from", day(1), "--to", day(5))
	var got struct {
		From, To string
		Entries  []calendar.Entry
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.From != day(1) || got.To != day(5) || len(got.Entries) != 3 {
		t.Fatalf("due --json: %d %q %q", code, out, errOut)
	}
	for _, e := range got.Entries {
		if e.Phase != "25%" {
			t.Errorf("entry %+v is not of the 25%% phase", e)
		}
	}
	tests := []struct {
		name string
		args []string
		fail bool
		want string
	}{
		{"table", []string{"comms", "due", "new-checkout", "--from", day(1), "--to", day(5)}, false, "DATE        RELEASE       PHASE  CHANNEL  TEMPLATE       AUDIENCE\n"},
		{"every release, a week from today by default", []string{"comms", "due"}, false, "25%"},
		{"nothing in the window", []string{"comms", "due", "new-checkout", "--from", day(40), "--to", day(45)}, false, "Nothing goes out from " + day(40)},
		{"a window ending before it starts", []string{"comms", "due", "--from", day(5), "--to", day(1)}, true, "before it starts"},
		{"not a date", []string{"comms", "due", "--from", "next monday"}, true, `"next monday" is not a date: write YYYY-MM-DD`},
		{"unknown release", []string{"comms", "due", "nope"}, true, "rolloutdesk plan list shows the releases"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expect(t, dir, tt.args, tt.fail, tt.want) })
	}
}
