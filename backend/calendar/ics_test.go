package calendar

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sampleNow is the DTSTAMP of the sample calendar.
var sampleNow = time.Date(2025, 3, 1, 12, 30, 0, 0, time.UTC)

// sampleEntries exercise escaping, line folding and non-ASCII text.
func sampleEntries() []Entry {
	return []Entry{
		{Date: date(2025, 3, 10), Release: "checkout-v2", Phase: "Beta 5%", Channel: "email",
			Template: "beta-invitation", Title: "Beta invitation", Audience: "Customers who opted into beta"},
		{Date: date(2025, 3, 10), Release: "checkout-v2", Phase: "Beta 5%, EU; wave \\ 2", Channel: "support",
			Template: "known-issues", Title: "Known issues",
			Audience: "Support team\nand the customers in Österreich, Zürich and Łódź who reported problems with the café checkout"},
		{Date: date(2025, 3, 31), Release: "checkout-v2", Phase: "GA", Channel: "in_app",
			Template: "in-app-banner", Title: "In app banner", Audience: "Every customer — überall"},
	}
}

// writeSample writes the sample calendar.
func writeSample(t *testing.T) string {
	t.Helper()
	events, _, err := Revise(sampleEntries(), "rolloutdesk.example.com", nil, sampleNow)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteICS(&b, "New checkout, communications", events, sampleNow); err != nil {
		t.Fatalf("WriteICS: %v", err)
	}
	return b.String()
}

func TestWriteICSGolden(t *testing.T) {
	got := writeSample(t)
	golden := filepath.Join("testdata", "checkout-v2.ics")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("WriteICS differs from %s (run go test -update after checking the change):\n%s", golden, got)
	}
}

func TestWriteICSIsWellFormed(t *testing.T) {
	out := writeSample(t)
	if !strings.HasSuffix(out, "\r\n") {
		t.Fatal("the calendar does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
	for i, line := range lines {
		if len(line) > maxLineOctets {
			t.Errorf("line %d has %d octets, more than %d: %q", i+1, len(line), maxLineOctets, line)
		}
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, line)
		}
	}
	if lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Errorf("the calendar runs from %q to %q", lines[0], lines[len(lines)-1])
	}

	unfolded := unfold(out)
	for _, want := range []string{
		"PRODID:-//Rollout Desk//EN\r\n",
		"X-WR-CALNAME:New checkout\\, communications\r\n",
		"SUMMARY:Email: Beta invitation (Beta 5%)\r\n",
		"SUMMARY:Publish: Known issues (Beta 5%\\, EU\\; wave \\\\ 2)\r\n",
		"SUMMARY:In-app: In app banner (GA)\r\n",
		"DESCRIPTION:Audience: Support team\\nand the customers in Österreich\\, Zürich and Łódź",
		"DTSTART;VALUE=DATE:20250331\r\nDTEND;VALUE=DATE:20250401\r\n",
		"DTSTAMP:20250301T123000Z\r\n",
		"SEQUENCE:0\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("the unfolded calendar lacks %q", want)
		}
	}
	if n := strings.Count(out, "BEGIN:VEVENT\r\n"); n != len(sampleEntries()) {
		t.Errorf("%d events, want %d", n, len(sampleEntries()))
	}
}

func TestFoldRoundTrip(t *testing.T) {
	for _, line := range []string{
		"",
		"SUMMARY:short",
		strings.Repeat("a", maxLineOctets),
		strings.Repeat("a", maxLineOctets+1),
		"DESCRIPTION:" + strings.Repeat("0123456789", 30),
		strings.Repeat("é", 100),
		"X:" + strings.Repeat("€", 60),
		"X:" + strings.Repeat("🚀a", 40),
	} {
		folded := fold(line)
		for _, l := range strings.Split(strings.TrimSuffix(folded, "\r\n"), "\r\n") {
			if len(l) > maxLineOctets || !utf8.ValidString(l) {
				t.Errorf("fold(%q) made the line %q", line, l)
			}
		}
		if got := unfold(folded); got != line+"\r\n" {
			t.Errorf("unfold(fold(%q)) = %q", line, got)
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`a,b;c\d`, `a\,b\;c\\d`},
		{"one\ntwo\r\nthree\rfour", `one\ntwo\nthree\nfour`},
		{"tab\tstays, bell\a goes", `tab` + "\t" + `stays\, bell goes`},
		{`\n is not a line break`, `\\n is not a line break`},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUIDIsStablePerReleasePhaseTemplate(t *testing.T) {
	e := sampleEntries()[0]
	moved := e
	moved.Date, moved.Title, moved.Audience = date(2025, 4, 1), "Renamed", "Someone else"
	if uid(e, "d") != uid(moved, "d") {
		t.Error("the UID changed with the date, title or audience")
	}
	for _, other := range []Entry{
		{Release: "other", Phase: e.Phase, Template: e.Template},
		{Release: e.Release, Phase: "GA", Template: e.Template},
		{Release: e.Release, Phase: e.Phase, Template: "other"},
	} {
		if uid(e, "d") == uid(other, "d") {
			t.Errorf("entries %+v and %+v share a UID", e, other)
		}
	}
}

func TestWriteICSErrors(t *testing.T) {
	for _, domain := range []string{"", "rollout desk", "a@b"} {
		if _, _, err := Revise(sampleEntries(), domain, nil, sampleNow); err == nil {
			t.Errorf("Revise with UID domain %q succeeded, want an error", domain)
		}
	}
	broken := errors.New("disk full")
	events, _, _ := Revise(sampleEntries(), "example.com", nil, sampleNow)
	err := WriteICS(failingWriter{broken}, "c", events, sampleNow)
	if !errors.Is(err, broken) {
		t.Errorf("WriteICS to a failing writer = %v, want it to wrap %v", err, broken)
	}
}

// unfold undoes line folding (RFC 5545 section 3.1).
func unfold(s string) string {
	return strings.NewReplacer("\r\n ", "", "\r\n\t", "").Replace(s)
}

// failingWriter fails every write with err.
type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }
