package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"rolloutdesk/backend/status"
)

func TestStatusCommand(t *testing.T) {
	dir := t.TempDir()
	if code, out, errOut := run(t, nil, "--data-dir", dir, "status"); code != 0 || !strings.Contains(out, "No releases yet") {
		t.Fatalf("empty workspace: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := run(t, nil, "--data-dir", dir, "demo", "load"); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := run(t, nil, "--data-dir", dir, "status", "new-checkout", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var line status.Line
	if err := json.Unmarshal([]byte(out), &line); err != nil {
		t.Fatal(err)
	}
	// The demo is in Beta 5%, on hold, with 25% next.
	if line.Now.Phase != "Beta 5%" || line.Now.Verdict != "hold" || line.Next.Phase != "25%" ||
		!strings.HasPrefix(line.Next.Text, "25% ") || !strings.Contains(line.Next.Source, "criteria from readiness at") {
		t.Errorf("status line = %+v", line)
	}
	code, out, _ = run(t, nil, "--data-dir", dir, "status")
	for _, want := range []string{"New checkout (new-checkout)", "  Now   Beta 5% since", "  Next  25% ", "  Due   ", "        from: planned date from the plan"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("text lacks %q (exit %d):\n%s", want, code, out)
		}
	}
	if code, _, errOut := run(t, nil, "--data-dir", dir, "status", "nope"); code != 1 || !strings.Contains(errOut, `status of nope: release "nope": not found`) {
		t.Errorf("unknown release: %d %q", code, errOut)
	}
}
