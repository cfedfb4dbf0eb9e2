package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/demo"
	vm "rolloutdesk/backend/viewmodel"
)

// TestGoNoGoBindings drives readiness, metrics, feedback and the report
// through the bindings with a fake runtime: imports come through the open
// dialog, verdict changes are announced, the report page is inert.
func TestGoNoGoBindings(t *testing.T) {
	a, rt := newTestApp(t)
	a.ws.Readiness.Changed = a.announceReadiness
	before, err := a.GetReadiness(demo.ReleaseKey)
	if err != nil || before.Phase != "Beta 5%" || len(before.Reasons) == 0 {
		t.Fatalf("GetReadiness = %+v, %v", before, err)
	}
	all, err := a.ListReadiness()
	if err != nil || len(all) != 1 {
		t.Fatalf("ListReadiness = %+v, %v", all, err)
	}

	if res, err := a.ImportMetricsFile(demo.ReleaseKey); err != nil || res != nil {
		t.Fatalf("a cancelled dialog: %+v, %v", res, err)
	}
	csv := filepath.Join(t.TempDir(), "metrics.csv")
	if err := os.WriteFile(csv, []byte("date,error_rate\n2026-11-20,0.2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rt.openFile = csv
	res, err := a.ImportMetricsFile(demo.ReleaseKey)
	if err != nil || res == nil || res.Added != 1 || res.Metrics[0] != "error_rate" {
		t.Fatalf("ImportMetricsFile = %+v, %v", res, err)
	}
	if _, err := a.EnterMetric(demo.ReleaseKey, "conversion", "2026-11-21", 3.2); err != nil {
		t.Fatal(err)
	}
	if _, err := a.EnterMetric(demo.ReleaseKey, "conversion", "21 Nov", 3.2); err == nil || !strings.Contains(err.Error(), "is not YYYY-MM-DD") {
		t.Errorf("a bad day: %v", err)
	}
	values, err := a.ListMetricValues(demo.ReleaseKey)
	if err != nil || len(values) != 2 {
		t.Fatalf("ListMetricValues = %+v, %v", values, err)
	}

	entry := vm.FeedbackDraft{Release: demo.ReleaseKey, Day: "2026-11-21", Source: "zendesk", Sentiment: "negative", Text: "<script>x</script> slow"}
	if added, err := a.AddFeedback(entry); err != nil || added.Added != 1 {
		t.Fatalf("AddFeedback = %+v, %v", added, err)
	}
	listed, err := a.ListFeedback(vm.FeedbackFilter{Release: demo.ReleaseKey, Sentiment: "negative"})
	if err != nil || len(listed) != 1 || listed[0].Text != entry.Text {
		t.Fatalf("ListFeedback = %+v, %v", listed, err)
	}
	entry.ID, entry.Sentiment = listed[0].ID, "neutral"
	if err := a.EditFeedback(entry); err != nil {
		t.Fatal(err)
	}
	if counts, err := a.FeedbackSummary(demo.ReleaseKey); err != nil || len(counts) == 0 {
		t.Fatalf("FeedbackSummary = %+v, %v", counts, err)
	}
	if err := a.DeleteFeedback(demo.ReleaseKey, entry.ID); err != nil {
		t.Fatal(err)
	}

	if err := a.SaveReportNotes(demo.ReleaseKey, "Brief support earlier."); err != nil {
		t.Fatal(err)
	}
	page, err := a.ReportHTML(demo.ReleaseKey)
	if err != nil || !strings.Contains(page, "Brief support earlier.") || strings.Contains(page, "<script") {
		t.Fatalf("ReportHTML: %v", err)
	}
	rt.saveDir = t.TempDir()
	path, err := a.ExportReportMarkdown(demo.ReleaseKey)
	if err != nil || filepath.Base(path) != demo.ReleaseKey+"-report.md" {
		t.Fatalf("ExportReportMarkdown = %q, %v", path, err)
	}
	if _, err := os.Stat(filepath.Join(rt.saveDir, "charts", "error_rate.svg")); err != nil {
		t.Errorf("the Markdown's charts: %v", err)
	}
	usage, err := a.FlagUsage(checkout)
	if err != nil || len(usage.Days) == 0 || usage.Note != "" {
		t.Errorf("FlagUsage = %+v, %v", usage, err)
	}
	unlinked := checkout
	unlinked.Key = "dark-mode"
	if usage, err := a.FlagUsage(unlinked); err != nil || len(usage.Days) != 0 || usage.Note == "" {
		t.Errorf("an unlinked flag's usage = %+v, %v; want a note saying why there is none", usage, err)
	}
	// The demo provider counts evaluations as its story goes: in the beta
	// phase new-checkout serves "true" to 5% of them.
	if adoption, err := a.ListAdoption(demo.ReleaseKey); err != nil || len(adoption) == 0 || adoption[0].Evaluations == 0 ||
		adoption[0].ObservedShare != adoption[0].Configured || adoption[0].Unavailable != "" {
		t.Errorf("ListAdoption = %+v, %v", adoption, err)
	}
}
