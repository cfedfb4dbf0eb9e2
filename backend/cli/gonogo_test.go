package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/readiness"
)

const gonogoPlan = `release: search-v3
name: Search v3
owner: lee@example.com
flags:
  - {provider: demo, project: demo, environment: production, key: search-v3, variation: "true"}
phases:
  - name: Pilot
    status: active
    starts: 2026-11-16
    ends: 2026-11-20
    exit:
      - {text: "Zero-result rate under 4%", check: "zero_results < 4", over: 2d}
      - {text: "Clicks hold at 30% or more", check: "ctr >= 30", guardrail: true}
      - Search team on call
  - name: Everyone
    entry: ["Capacity reviewed"]
`

// TestGoNoGoFromTheCommandLine runs the go/no-go loop on a plan, metrics and
// feedback the code has never seen: a failing guardrail says roll back (exit
// 4), a bad file changes nothing, a corrected export and ticked criteria make
// it ready (exit 0), and the report holds it all.
func TestGoNoGoFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	files := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(files, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	cli := func(args ...string) (int, string, string) {
		return run(t, nil, append([]string{"--data-dir", dir}, args...)...)
	}
	if code, _, errOut := cli("plan", "import", write("search.yaml", gonogoPlan)); code != 0 {
		t.Fatal(errOut)
	}
	readinessAt := func() (int, readiness.Result) {
		t.Helper()
		code, out, errOut := cli("readiness", "search-v3", "--at", "2026-11-21", "--json")
		var res readiness.Result
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("readiness --json: %v\n%s\n%s", err, out, errOut)
		}
		return code, res
	}

	code, out, errOut := cli("metrics", "import", write("analytics.csv", "date,zero_results,CTR (%)\n2026-11-19,3.1,31%\n2026-11-20,3.4,27%\n"), "--release", "search-v3")
	if code != 0 || !strings.Contains(out, "4 values added, 0 replaced (ctr, zero_results)") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	code, res := readinessAt()
	if code != ExitRollback || res.Verdict != readiness.Rollback || res.Phase != "Pilot" || res.Next != "Everyone" {
		t.Fatalf("failing guardrail: exit %d, %+v", code, res)
	}

	code, _, errOut = cli("metrics", "import", write("bad.csv", "date,ctr\nyesterday,31\n2026-11-20,lots\n"), "--release", "search-v3")
	want := "rolloutdesk: bad.csv:2: date \"yesterday\" is not YYYY-MM-DD or an RFC 3339 time bad.csv:3: ctr value \"lots\" is not a number"
	if code != 1 || strings.TrimSpace(errOut) != want {
		t.Fatalf("bad file: %d %q\nwant %q", code, errOut, want)
	}
	if code, _ := readinessAt(); code != ExitRollback {
		t.Fatalf("a refused file changed the verdict: exit %d", code)
	}

	if code, _, errOut := cli("metrics", "import", write("fix.csv", "date,metric,value\n2026-11-20,ctr,30.5\n"), "--release", "search-v3"); code != 0 {
		t.Fatal(errOut)
	}
	code, res = readinessAt()
	if code != ExitHold || res.Verdict != readiness.Hold {
		t.Fatalf("open manual criteria: exit %d, %+v", code, res)
	}
	code, out, _ = cli("readiness", "search-v3", "--at", "2026-11-21")
	if !strings.Contains(out, "open     criterion  Search team on call: Not ticked yet") {
		t.Errorf("text output:\n%s", out)
	}
	for _, tick := range [][]string{{"Pilot", "Search team on call"}, {"Everyone", "Capacity reviewed"}} {
		if code, _, errOut := cli("criteria", "tick", "search-v3", "--phase", tick[0], tick[1]); code != 0 {
			t.Fatal(errOut)
		}
	}
	if code, res = readinessAt(); code != 0 || res.Verdict != readiness.Ready {
		t.Fatalf("all met: exit %d, %+v", code, res)
	}
	if code, _ := readinessAt(); code != 0 {
		t.Fatal("readiness is not repeatable")
	}
	code, _, errOut = cli("criteria", "tick", "search-v3", "--phase", "Pilot", "Clicks hold at 30% or more")
	if code != 1 || !strings.Contains(errOut, "is measured by ctr >= 30 and cannot be ticked") {
		t.Errorf("ticking a measured criterion: %d %q", code, errOut)
	}
	code, _, _ = cli("readiness", "search-v3", "--at", "2026-11-19")
	if code != ExitHold {
		t.Errorf("before the planned end: exit %d, want hold", code)
	}

	// Feedback, then the report.
	if code, _, errOut := cli("feedback", "add", "search-v3", "--sentiment", "negative", "--source", "zendesk", "--text", "<b>Typo tolerance</b> is gone",
		"--date", "2026-11-18", "--link", "https://support.example.com/t/9"); code != 0 {
		t.Fatal(errOut)
	}
	export := write("zendesk.csv", "date,source,sentiment,customer,text,link\n2026-11-19,survey,positive,Acme,Results are spot on,\n")
	for i, want := range []string{"1 entries added, 0 already there", "0 entries added, 1 already there"} {
		code, out, errOut := cli("feedback", "import", export, "--release", "search-v3")
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("import %d: %d %q %q", i, code, out, errOut)
		}
	}
	code, out, _ = cli("feedback", "list", "search-v3", "--sentiment", "negative")
	if code != 0 || !strings.Contains(out, "1 entries") || !strings.Contains(out, "negative zendesk    Pilot") {
		t.Errorf("feedback list:\n%s", out)
	}
	report := filepath.Join(t.TempDir(), "report")
	code, _, errOut = cli("report", "search-v3", "--at", "2026-11-21", "--notes", write("notes.md", "Pilot for a full week next time."), "--out", report)
	if code != 0 {
		t.Fatal(errOut)
	}
	page, err := os.ReadFile(filepath.Join(report, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Rollout report: Search v3", "Zero-result rate under 4%", "ctr", "&lt;b&gt;Typo tolerance&lt;/b&gt;",
		"Pilot for a full week next time.", "Ticked"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(report, "report.md")); err != nil {
		t.Error(err)
	}
}
