package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/feedback"
	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/plan"
	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/store/storetest"
)

// hostile is feedback text that tries every way into a page.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) ![i](javascript:alert(4)) <a href="javascript:alert(5)">x</a> **bold** | pipe`

const planFile = `release: new-checkout
name: New checkout
owner: dana@example.com
flags:
  - {provider: launchdarkly, project: web, environment: production, key: new-checkout, variation: "true"}
phases:
  - name: Beta 5%
    status: active
    starts: 2026-11-20
    ends: 2026-11-27
    expect: {on: true, percent: 5}
    exit:
      - {text: "Error rate below 0.5% for the last 3 days", check: "error_rate < 0.5", over: 3d}
      - {text: "Few complaints", check: "feedback_negative_share < 40"}
      - Support briefed
  - name: GA
    expect: {on: true, percent: 100}
`

// build makes the report of a release the test has never seen: a plan, a
// metrics export, feedback with hostile text, a phase move with a comment.
func build(t *testing.T) Data {
	t.Helper()
	ctx := context.Background()
	st := storetest.Open(t)
	now := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	p, err := plan.Parse("plan.yaml", []byte(planFile))
	if err != nil {
		t.Fatal(err)
	}
	started := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	p.Phases[0].StartedAt = &started
	if _, err := st.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	actor := func() string { return "dana" }
	clock := func() time.Time { return now }
	fb := &feedback.Service{Store: st, Now: clock, Actor: actor}
	export := "date,source,sentiment,customer,text,link\n" +
		"2026-11-22,zendesk,negative,Initech,\"" + strings.ReplaceAll(hostile, `"`, `""`) + "\",https://acme.zendesk.com/tickets/7\n" +
		"2026-11-23,survey,positive,Globex,Love it,\n"
	if _, err := fb.Import(ctx, "new-checkout", "zendesk.csv", strings.NewReader(export)); err != nil {
		t.Fatal(err)
	}
	values, err := metrics.ReadCSV("amplitude.csv", strings.NewReader("date,error_rate\n2026-11-25,0.3\n2026-11-26,0.6\n2026-11-27,0.2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveMetricValues(ctx, "new-checkout", values, "amplitude.csv", now); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AppendAudit(ctx, domain.AuditEvent{At: started, Actor: "dana", Action: "phase.advance", Release: "new-checkout",
		Summary: `Moved new-checkout from "" to "Beta 5%"`, Comment: "CAB-7 " + hostile}); err != nil {
		t.Fatal(err)
	}
	svc := &Service{Store: st, Feedback: fb, Now: clock, Actor: actor,
		BuiltIns: []readiness.BuiltIn{{Names: []string{feedback.MetricNegative, feedback.MetricNegativeShare}, From: "customer feedback", Values: fb.Metrics}}}
	if err := svc.SaveNotes(ctx, "new-checkout", "Brief support earlier.\n"+hostile); err != nil {
		t.Fatal(err)
	}
	d, err := svc.Build(ctx, "new-checkout", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReportContent(t *testing.T) {
	d := build(t)
	if len(d.Phases) != 2 || !d.Phases[0].Started || d.Phases[1].Started {
		t.Fatalf("phases = %+v", d.Phases)
	}
	results := map[string]readiness.Status{}
	for _, c := range d.Phases[0].Criteria {
		results[c.Text] = c.Status
	}
	want := map[string]readiness.Status{"Error rate below 0.5% for the last 3 days": readiness.Fail, "Few complaints": readiness.Fail, "Support briefed": readiness.Open}
	for text, status := range want {
		if results[text] != status {
			t.Errorf("%s: %s, want %s", text, results[text], status)
		}
	}
	metricNames := []string{}
	for _, s := range d.Metrics {
		metricNames = append(metricNames, s.Metric)
	}
	if strings.Join(metricNames, ",") != "error_rate,feedback_negative,feedback_negative_share" || len(d.Metrics[0].Thresholds) != 1 {
		t.Errorf("metrics = %v", d.Metrics)
	}
	if len(d.Phases[0].Quotes) != 2 || d.Phases[0].Quotes[0].Sentiment != domain.Negative {
		t.Errorf("quotes = %+v (negative first)", d.Phases[0].Quotes)
	}
	if len(d.Events) != 1 || !strings.HasPrefix(d.Events[0].Comment, "CAB-7") {
		t.Errorf("events = %+v", d.Events)
	}

	var page bytes.Buffer
	if err := WriteHTML(&page, d); err != nil {
		t.Fatal(err)
	}
	out := page.String()
	for _, want := range []string{"Rollout report: New checkout", "owner dana@example.com", "Beta 5%", "20 Nov 2026 – …",
		"error_rate was 0.6 on 26 Nov 2026", "<svg", "must be &lt; 0.5 in Beta 5%", "CAB-7", "Brief support earlier.",
		`href="https://acme.zendesk.com/tickets/7"`, "Not started as of the report's date"} {
		if !strings.Contains(out, want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	assertInert(t, out)

	md, charts := Markdown(d)
	text := string(md)
	for _, want := range []string{"# Rollout report: New checkout", "| **FAIL** | Error rate below 0\\.5% for the last 3 days",
		"![error\\_rate over time](charts/error_rate.svg)", "[source](<https://acme.zendesk.com/tickets/7>)"} {
		if !strings.Contains(text, want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "<img", "](javascript", "<a href"} {
		if strings.Contains(text, bad) {
			t.Errorf("report.md carries %q", bad)
		}
	}
	if len(charts) != 3 || !bytes.HasPrefix(charts["charts/error_rate.svg"], []byte("<svg")) {
		t.Errorf("charts = %d files", len(charts))
	}
}

// assertInert parses the page as a browser would and fails on anything
// that could run: a script element, an event handler attribute, a
// javascript: address.
func assertInert(t *testing.T, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.Data == "script" || n.Data == "iframe" || n.Data == "object" || n.Data == "embed" {
			t.Errorf("the report has a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "https://") {
				t.Errorf("<%s %s=%q>: only https links may appear", n.Data, a.Key, a.Val)
			}
		}
	}
}

func TestEmptyReportSaysSo(t *testing.T) {
	d := Data{Release: domain.Release{Key: "r", Name: "R"}, Phases: []Phase{{Phase: domain.Phase{Name: "GA"}, Criteria: []readiness.Reason{}}}}
	var page bytes.Buffer
	if err := WriteHTML(&page, d); err != nil {
		t.Fatal(err)
	}
	md, charts := Markdown(d)
	for _, out := range []string{page.String(), string(md)} {
		for _, want := range []string{"No metric values were recorded for this release", "No customer feedback was recorded",
			"No provider reported evaluations", "No communications were sent or exported", "No notes yet"} {
			if !strings.Contains(out, want) {
				t.Errorf("an empty report lacks %q", want)
			}
		}
	}
	if strings.Contains(page.String(), "<svg") || len(charts) != 0 {
		t.Error("an empty report draws charts")
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	written, err := WriteDir(dir, build(t))
	if err != nil || len(written) != 5 {
		t.Fatalf("wrote %v, %v", written, err)
	}
	for _, name := range []string{HTMLFile, MarkdownFile, "charts/error_rate.svg"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}
