package report

import (
	"fmt"
	"regexp"
	"strings"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
)

// ChartDir is the folder, beside report.md, its chart images go in.
const ChartDir = "charts"

// Markdown writes the report as Markdown with the same content as the HTML
// page, for a wiki or a git repository. Charts are SVG files the Markdown
// links to as images: charts maps each file's path, relative to report.md,
// to its content. Text from the workspace is escaped, so a feedback quote
// cannot become a link, an image or HTML.
func Markdown(d Data) (md []byte, charts map[string][]byte) {
	var b strings.Builder
	charts = map[string][]byte{}
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# Rollout report: %s\n\n", esc(d.Release.Name))
	w("Release `%s`", code(d.Release.Key))
	if d.Release.Owner != "" {
		w(" · owner %s", esc(d.Release.Owner))
	}
	w(" · as of %s · generated %s by Rollout Desk\n\n", dateTimeText(d.At), dateTimeText(d.GeneratedAt))
	if d.Release.Description != "" {
		w("%s\n\n", esc(d.Release.Description))
	}

	w("## Phases\n\n")
	if len(d.Phases) == 0 {
		w("_The release has no phases._\n\n")
	} else {
		w("| Phase | Status | Planned | Actual | Audience | Expected exposure |\n|---|---|---|---|---|---|\n")
		for _, p := range d.Phases {
			w("| %s | %s | %s | %s | %s | %s |\n", cell(p.Name), phaseStatusText(p.Status), spanText(p.PlannedStart, p.PlannedEnd),
				spanText(p.StartedAt, p.EndedAt), cell(orDash(p.Audience)), cell(exposureText(p.Expect)))
		}
		w("\n")
	}

	w("## Criteria\n\n")
	for _, p := range d.Phases {
		w("### %s\n\n", esc(p.Name))
		switch {
		case !p.Started:
			w("_Not started as of the report's date: its criteria were not judged._\n\n")
		case len(p.Criteria) == 0:
			w("_No entry or exit criteria._\n\n")
		default:
			w("| Result | Criterion | Evidence |\n|---|---|---|\n")
			for _, c := range p.Criteria {
				text := cell(c.Text)
				if c.Guardrail {
					text += " _(guardrail)_"
				}
				evidence := cell(c.Detail)
				if c.Evidence != nil && len(c.Evidence.Values) > 0 {
					evidence += "<br>Values: " + cell(valuesText(*c.Evidence))
				}
				w("| **%s** | %s (%s criterion) | %s |\n", strings.ToUpper(string(c.Status)), text, c.List, evidence)
			}
			w("\n")
		}
	}

	w("## Metrics\n\n")
	if len(d.Metrics) == 0 {
		w("_No metric values were recorded for this release. Import them with `rolloutdesk metrics import` or enter them in the app._\n\n")
	}
	for _, s := range d.Metrics {
		file := ChartDir + "/" + chartFileName(s.Metric)
		charts[file] = []byte(chartSVG(s))
		w("**%s**", esc(s.Metric))
		for _, t := range s.Thresholds {
			w(" · must be %s %s in %s", esc(t.Op), num(t.Value), esc(t.Phase))
		}
		w("\n\n![%s over time](%s)\n\n", esc(s.Metric), file)
	}

	w("## Adoption\n\n")
	if len(d.Adoption) == 0 {
		w("_No provider reported evaluations for the linked flags._\n\n")
	} else {
		w("| Flag | Environment | Configured | Observed |\n|---|---|---|---|\n")
		for _, a := range d.Adoption {
			observed := fmt.Sprintf("%s of %d evaluations in the last %d days", percentText(a.ObservedShare), a.Evaluations, a.Days)
			switch {
			case a.Unavailable != "":
				observed = "_" + cell(a.Unavailable) + "_"
			case a.Evaluations == 0:
				observed = fmt.Sprintf("_No evaluations in the last %d days_", a.Days)
			}
			w("| %s | %s | %s | %s |\n", cell(a.Key), cell(a.Environment), percentText(a.Configured), observed)
		}
		w("\n")
	}

	w("## What happened\n\n")
	writeEvents(&b, d.Events, "_No drift changes, kills, restores or phase moves were recorded._")

	w("## Customer feedback\n\n")
	if feedbackTotal(d.Feedback) == 0 {
		w("_No customer feedback was recorded for this release._\n\n")
	} else {
		w("| Phase | Negative | Neutral | Positive |\n|---|---|---|---|\n")
		for _, c := range d.Feedback {
			phase := c.Phase
			if phase == "" {
				phase = "Outside every phase"
			}
			w("| %s | %d | %d | %d |\n", cell(phase), c.Negative, c.Neutral, c.Positive)
		}
		w("\n")
		for _, p := range d.Phases {
			if len(p.Quotes) == 0 {
				continue
			}
			w("### What customers said in %s\n\n", esc(p.Name))
			for _, q := range p.Quotes {
				w("> **%s** · %s · %s", q.Sentiment, dateText(q.Day), esc(q.Source))
				if q.Customer != "" {
					w(" · %s", esc(q.Customer))
				}
				if q.Link != "" && domain.CheckFeedbackLink(q.Link) == nil {
					w(" · [source](<%s>)", strings.NewReplacer("<", "%3C", ">", "%3E").Replace(q.Link))
				}
				w("  \n> %s\n\n", esc(q.Text))
			}
		}
	}

	w("## Communications\n\n")
	if len(d.Communications) == 0 {
		w("_No communications were sent or exported from Rollout Desk._\n\n")
	} else {
		w("| Phase | When | Who | What |\n|---|---|---|---|\n")
		for _, e := range d.Communications {
			w("| %s | %s | %s | %s |\n", cell(orDash(e.Subject)), dateTimeText(e.At), cell(e.Actor), cell(e.Summary))
		}
		w("\n")
	}

	w("## What to carry into the next release\n\n")
	if d.Notes == "" {
		w("_No notes yet: write them in the app's report view, or with `rolloutdesk report RELEASE --notes FILE`._\n")
	} else {
		for _, line := range strings.Split(d.Notes, "\n") {
			w("%s  \n", esc(line))
		}
	}
	return []byte(b.String()), charts
}

// writeEvents writes audit events as a table with their comments, or empty
// when there are none.
func writeEvents(b *strings.Builder, events []domain.AuditEvent, empty string) {
	if len(events) == 0 {
		fmt.Fprintf(b, "%s\n\n", empty)
		return
	}
	b.WriteString("| When | Who | What | Comment |\n|---|---|---|---|\n")
	for _, e := range events {
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", dateTimeText(e.At), cell(e.Actor), cell(e.Summary), cell(orDash(e.Comment)))
	}
	b.WriteString("\n")
}

// markdownSpecial are the characters that give Markdown (and the HTML it
// may carry) meaning.
var markdownSpecial = regexp.MustCompile("[\\\\`*_{}\\[\\]()#+\\-.!|~>]")

// esc makes untrusted text plain in Markdown: special characters are
// backslash-escaped and <, > and & become entities, so no text becomes a
// link, an image, emphasis or HTML. Line breaks become spaces.
func esc(s string) string {
	s = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", " ", "\n", " ").Replace(s)
	return markdownSpecial.ReplaceAllStringFunc(s, func(m string) string { return "\\" + m })
}

// cell is esc for a table cell.
func cell(s string) string { return esc(s) }

// code makes s safe inside a `code span`.
func code(s string) string { return strings.ReplaceAll(s, "`", "'") }

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// chartFileName is a metric's chart file: metric names are already safe
// file names (lower case letters, digits and _).
func chartFileName(metric string) string {
	if metrics.Name(metric) != metric {
		metric = "metric"
	}
	return metric + ".svg"
}
