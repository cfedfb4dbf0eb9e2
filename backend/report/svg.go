package report

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"
	"time"
)

// Chart sizes, in SVG user units.
const (
	chartW, chartH                = 640, 200
	padL, padR, padTop, padBottom = 48, 12, 14, 28
)

// chartSVG draws a metric series as an inline SVG line chart on a time axis:
// shaded phase spans, the values, and each criterion's threshold as a
// dashed line. Every text in it is escaped; it holds no script and no link.
func chartSVG(s Series) template.HTML {
	if len(s.Points) == 0 {
		return ""
	}
	first, last := s.Points[0].Day, s.Points[len(s.Points)-1].Day
	for _, p := range s.Points {
		if p.Day.Before(first) {
			first = p.Day
		}
		if p.Day.After(last) {
			last = p.Day
		}
	}
	lo, hi := 0.0, 0.0
	for _, p := range s.Points {
		lo, hi = math.Min(lo, p.Value), math.Max(hi, p.Value)
	}
	for _, t := range s.Thresholds {
		lo, hi = math.Min(lo, t.Value), math.Max(hi, t.Value)
	}
	if hi == lo {
		hi = lo + 1
	}
	hi += (hi - lo) * 0.1
	span := last.Sub(first)
	if span <= 0 {
		span = 24 * time.Hour
		first = first.Add(-12 * time.Hour)
	}
	x := func(t time.Time) float64 {
		return padL + float64(t.Sub(first))/float64(span)*(chartW-padL-padR)
	}
	y := func(v float64) float64 { return padTop + (hi-v)/(hi-lo)*(chartH-padTop-padBottom) }
	clampX := func(v float64) float64 { return math.Max(padL, math.Min(chartW-padR, v)) }

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="%s over time" class="chart">`,
		chartW, chartH, html.EscapeString(s.Metric))
	for i, p := range s.Phases {
		end := last
		if !p.To.IsZero() {
			end = p.To
		}
		x0, x1 := clampX(x(p.From)), clampX(x(end))
		if x1 <= x0 {
			continue
		}
		fill := []string{"#eef2ff", "#f0fdf4"}[i%2]
		fmt.Fprintf(&b, `<rect x="%s" y="%d" width="%s" height="%d" fill="%s"/>`, f(x0), padTop, f(x1-x0), chartH-padTop-padBottom, fill)
		fmt.Fprintf(&b, `<text x="%s" y="%d" font-size="9" fill="#64748b">%s</text>`, f(x0+3), padTop+9, html.EscapeString(p.Name))
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#94a3b8"/>`, padL, chartH-padBottom, chartW-padR, chartH-padBottom)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#94a3b8"/>`, padL, padTop, padL, chartH-padBottom)
	for _, v := range []float64{lo, (lo + hi) / 2, hi} {
		fmt.Fprintf(&b, `<text x="%d" y="%s" font-size="9" text-anchor="end" fill="#475569">%s</text>`, padL-4, f(y(v)+3), num(v))
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="9" fill="#475569">%s</text>`, padL, chartH-8, first.Format("2 Jan"))
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="9" text-anchor="end" fill="#475569">%s</text>`, chartW-padR, chartH-8, last.Format("2 Jan"))
	for _, t := range s.Thresholds {
		fmt.Fprintf(&b, `<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="#dc2626" stroke-dasharray="4 3"/>`, padL, f(y(t.Value)), chartW-padR, f(y(t.Value)))
		fmt.Fprintf(&b, `<text x="%d" y="%s" font-size="9" text-anchor="end" fill="#dc2626">%s %s %s (%s)</text>`,
			chartW-padR-2, f(y(t.Value)-3), html.EscapeString(s.Metric), html.EscapeString(t.Op), num(t.Value), html.EscapeString(t.Phase))
	}
	var pts []string
	for _, p := range s.Points {
		pts = append(pts, f(x(p.Day))+","+f(y(p.Value)))
	}
	fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#4338ca" stroke-width="1.5"/>`, strings.Join(pts, " "))
	for _, p := range s.Points {
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="2" fill="#4338ca"><title>%s: %s</title></circle>`,
			f(x(p.Day)), f(y(p.Value)), p.Day.Format("2 Jan 2006"), num(p.Value))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // built from escaped text and numbers only
}

func f(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

func num(v float64) string { return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64) }
