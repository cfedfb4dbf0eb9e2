package cli

import (
	"encoding/json"
	"testing"
	"time"

	"rolloutdesk/backend/communications"
)

func TestCommsPreview(t *testing.T) {
	dir := demoDir(t)
	// The demo: Internal started 14 days ago, Beta 5% 4 days ago; 25% is
	// planned from 3 days from now, 50% from 10, GA from 17 to 24.
	day := func(n int) string { return time.Now().AddDate(0, 0, n).Format(time.DateOnly) }
	code, out, errOut := run(t, nil, "--data-dir", dir, "--json", "comms", "preview", "new-checkout", "--at", day(5))
	var got communications.AsOf
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("preview --json: %d %q %q", code, out, errOut)
	}
	if got.Phase != "25%" || got.Day.Format(time.DateOnly) != day(5) || len(got.Drafts) == 0 || len(got.Exposure) != 3 {
		t.Fatalf("preview --json = %+v", got)
	}
	if e := got.Exposure[0]; e.Flag != "new-checkout" || !e.On || e.Percent != 25 || e.Source != communications.ExposurePhase {
		t.Errorf("production exposure %+v", e)
	}
	if e := got.Exposure[2]; e.Environment != "staging" || e.Percent != 100 || e.Source != communications.ExposureOverride {
		t.Errorf("staging exposure %+v", e)
	}
	tests := []struct {
		name string
		args []string
		fail bool
		want string
	}{
		{"mid-phase table", []string{"comms", "preview", "new-checkout", "--at", day(5)}, false, `phase "25%" is in effect: it is planned to start on ` + day(3)},
		{"the flags' exposure", []string{"comms", "preview", "new-checkout", "--at", day(5)}, false, "new-checkout          staging      on 100%"},
		{"today by default", []string{"comms", "preview", "new-checkout"}, false, `phase "Beta 5%" is in effect: it started on ` + day(-4)},
		{"after the last phase", []string{"comms", "preview", "new-checkout", "--at", day(60)}, false, "so its exposure stays"},
		{"before the first phase", []string{"comms", "preview", "new-checkout", "--at", day(-30)}, false, `has not started: its first dated phase, "Internal"`},
		{"not a date", []string{"comms", "preview", "new-checkout", "--at", "friday"}, true, `--at: the day "friday" is not a date: write YYYY-MM-DD`},
		{"unknown release", []string{"comms", "preview", "nope"}, true, "rolloutdesk plan list shows the releases"},
		{"help", []string{"comms", "preview", "--help"}, false, "A phase advanced early counts from its actual start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expect(t, dir, tt.args, tt.fail, tt.want) })
	}
}
