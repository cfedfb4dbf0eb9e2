package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/feedback"
	"rolloutdesk/backend/readiness"
)

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"chart":         chartSVG,
	"date":          dateText,
	"datetime":      dateTimeText,
	"span":          spanText,
	"exposure":      exposureText,
	"phaseStatus":   phaseStatusText,
	"percent":       percentText,
	"num":           num,
	"values":        valuesText,
	"feedbackTotal": feedbackTotal,
}).Parse(htmlSource))

// WriteHTML writes the report as one standalone HTML page: styles inline,
// charts as inline SVG, no scripts (its Content-Security-Policy forbids
// them too), every text from the workspace escaped.
func WriteHTML(w io.Writer, d Data) error {
	var b bytes.Buffer
	if err := htmlTemplate.Execute(&b, d); err != nil {
		return fmt.Errorf("write report of %s: %w", d.Release.Key, err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

func dateText(t time.Time) string { return t.Format("2 Jan 2006") }

func dateTimeText(t time.Time) string { return t.UTC().Format("2 Jan 2006 15:04 UTC") }

// spanText is "20 Nov 2026 – 27 Nov 2026", with "…" for an open end and
// "—" when neither is known.
func spanText(from, to *time.Time) string {
	if from == nil && to == nil {
		return "—"
	}
	part := func(t *time.Time) string {
		if t == nil {
			return "…"
		}
		return dateText(*t)
	}
	return part(from) + " – " + part(to)
}

func exposureText(e *domain.Expectation) string {
	switch {
	case e == nil:
		return "—"
	case !e.On:
		return "off"
	}
	s := "on, " + percentText(e.Percent)
	if len(e.Segments) > 0 {
		s += " + " + strings.Join(e.Segments, ", ")
	}
	return s
}

func phaseStatusText(s domain.PhaseStatus) string { return strings.ReplaceAll(string(s), "_", " ") }

func percentText(p float64) string { return num(p) + "%" }

// valuesText lists a measured criterion's values: "24 Nov 0.4, 25 Nov 0.61 ✗".
func valuesText(ev readiness.Evidence) string {
	parts := make([]string, len(ev.Values))
	for i, p := range ev.Values {
		parts[i] = p.Day.Format("2 Jan") + " " + num(p.Value)
		if !p.Holds {
			parts[i] += " ✗"
		}
	}
	return strings.Join(parts, ", ")
}

func feedbackTotal(counts []feedback.Counts) int {
	n := 0
	for _, c := range counts {
		n += c.Total()
	}
	return n
}
