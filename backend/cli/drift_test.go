package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"rolloutdesk/backend/drift"
)

func TestDriftCommand(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := run(t, nil, "--data-dir", dir, "demo", "load"); code != 0 {
		t.Fatal(errOut)
	}
	// The demo's express-pay flag serves 2% where Beta 5% plans 5%.
	code, out, errOut := run(t, nil, "--data-dir", dir, "drift", "new-checkout", "--json")
	if code != ExitDrift {
		t.Fatalf("exit %d, want %d (stderr %q)", code, ExitDrift, errOut)
	}
	var report drift.Report
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatal(err)
	}
	verdicts := map[string]drift.Verdict{}
	for _, f := range report.Flags {
		verdicts[f.Environment+"/"+f.Key] = f.Verdict
	}
	if report.Phase != "Beta 5%" || verdicts["production/checkout-express-pay"] != drift.Behind ||
		verdicts["production/new-checkout"] != drift.OnPlan || verdicts["staging/new-checkout"] != drift.OnPlan {
		t.Fatalf("report = %+v", report)
	}

	code, out, _ = run(t, nil, "--data-dir", dir, "drift", "new-checkout", "--stale-after", "2h")
	if code != ExitDrift || !strings.Contains(out, "behind   demo      production   checkout-express-pay  Serving “on” to 2%; the phase plans 5%.") {
		t.Fatalf("text report: %d %s", code, out)
	}
	if code, _, errOut := run(t, nil, "--data-dir", dir, "drift", "new-checkout", "--stale-after", "30s"); code != 1 || !strings.Contains(errOut, "too short") {
		t.Fatalf("a 30s window: %d %q", code, errOut)
	}
	if code, _, errOut := run(t, nil, "--data-dir", dir, "drift", "nope"); code != 1 || !strings.Contains(errOut, `release "nope": not found`) {
		t.Fatalf("unknown release: %d %q", code, errOut)
	}
}
