package workspace

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"regexp"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/store"
)

// supportSearchLimit bounds the hits SearchSupport returns.
const supportSearchLimit = 50

// PhaseSupport is what support needs for one phase of a release.
type PhaseSupport struct {
	Release  string `json:"release"` // key
	Name     string `json:"name"`    // release name
	Phase    string `json:"phase"`
	Status   string `json:"status"`
	Audience string `json:"audience"`
	// Changes say what changed in this phase from the one before, one
	// sentence each (see phaseChanges).
	Changes []string       `json:"changes"`
	Guides  []SupportGuide `json:"guides"`
	// PrintHTML is one standalone, print-friendly HTML page with every
	// guide and the changes.
	PrintHTML string `json:"print_html"`
}

// SupportGuide is a support-channel template rendered for a phase.
type SupportGuide struct {
	Template string `json:"template"`
	Title    string `json:"title"`
	HTML     string `json:"html"` // sanitised fragment (from comms), safe to inject
	Markdown string `json:"markdown"`
}

// supportGuides renders support-channel templates for phases of releases.
type supportGuides struct {
	r         *comms.Renderer
	templates []domain.Template // the support-channel templates, partials left out
}

// supportRenderer prepares the stored support templates for rendering.
func (w *Workspace) supportRenderer(ctx context.Context) (supportGuides, error) {
	stored, err := w.Store.ListTemplates(ctx)
	if err != nil {
		return supportGuides{}, err
	}
	r, err := w.renderer(ctx, stored)
	if err != nil {
		return supportGuides{}, err
	}
	support := slices.DeleteFunc(slices.Clone(stored), func(t domain.Template) bool {
		return t.Channel != domain.ChannelSupport || comms.IsPartial(t.Name)
	})
	return supportGuides{r: r, templates: support}, nil
}

// render renders every support template that applies to phase p of plan.
// It returns those that rendered, and the errors of those that did not.
func (g supportGuides) render(plan domain.Plan, p domain.Phase, now time.Time) ([]comms.Rendered, error) {
	data := comms.NewData(plan, p, now)
	var out []comms.Rendered
	var errs []error
	for _, t := range g.templates {
		if !comms.Applies(t, p.Name) {
			continue
		}
		rd, err := g.r.Render(t, data)
		if err != nil {
			errs = append(errs, fmt.Errorf("support guide %s for %s phase %q: %w", t.Name, plan.Release.Key, p.Name, err))
			continue
		}
		out = append(out, rd)
	}
	return out, errors.Join(errs...)
}

// SearchSupport re-indexes every release's support guides (support-channel templates rendered for every phase, as plain text) and searches them.
//
// Every word of query must match; the last also matches as a prefix. Hits
// come best first, at most 50, each with a snippet whose matched words are
// wrapped in [[ and ]]. A guide that fails to render is logged and left
// out rather than failing the search.
func (w *Workspace) SearchSupport(ctx context.Context, query string) ([]store.SupportHit, error) {
	g, err := w.supportRenderer(ctx)
	if err != nil {
		return nil, err
	}
	releases, err := w.Store.ListReleases(ctx)
	if err != nil {
		return nil, err
	}
	var docs []store.SupportDoc
	now := w.Now()
	for _, rel := range releases {
		plan, err := w.Store.GetPlan(ctx, rel.Key)
		if err != nil {
			return nil, err
		}
		for _, p := range plan.Phases {
			guides, err := g.render(plan, p, now)
			if err != nil {
				w.Log.Warn("support guide left out of the search index", "error", err)
			}
			for _, rd := range guides {
				docs = append(docs, store.SupportDoc{Release: plan.Release.Key, Phase: p.Name, Template: rd.Template, Title: rd.Title, Body: rules.ReplaceAllString(rd.Text, " ")})
			}
		}
	}
	if err := w.Store.ReplaceSupportIndex(ctx, docs); err != nil {
		return nil, err
	}
	return w.Store.SearchSupport(ctx, query, supportSearchLimit)
}

// SupportView gathers what support needs for a phase of a release: who
// has it, what changed since the phase before, and its support guides.
// Phase "" is the active phase, else the first. A support template that
// fails to render is an error.
func (w *Workspace) SupportView(ctx context.Context, release, phase string) (PhaseSupport, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return PhaseSupport{}, err
	}
	p, err := previewPhase(plan, phase)
	if err != nil {
		return PhaseSupport{}, err
	}
	g, err := w.supportRenderer(ctx)
	if err != nil {
		return PhaseSupport{}, err
	}
	rendered, err := g.render(plan, p, w.Now())
	if err != nil {
		return PhaseSupport{}, err
	}
	var prev *domain.Phase
	if i := slices.IndexFunc(plan.Phases, func(q domain.Phase) bool { return q.Name == p.Name }); i > 0 {
		prev = &plan.Phases[i-1]
	}
	// Incident notices belong on the page only while a linked flag is
	// killed (planned on, actually off).
	killed, err := w.anyKilled(ctx, plan.Release.Key)
	if err != nil {
		return PhaseSupport{}, err
	}
	rendered = slices.DeleteFunc(rendered, func(rd comms.Rendered) bool { return comms.IsIncident(rd.Template) && !killed })
	view := PhaseSupport{
		Release: plan.Release.Key, Name: plan.Release.Name, Phase: p.Name, Status: string(p.Status), Audience: p.Audience,
		Changes: phaseChanges(prev, p, plan.Links), Guides: make([]SupportGuide, len(rendered)),
	}
	for i, rd := range rendered {
		view.Guides[i] = SupportGuide{Template: rd.Template, Title: rd.Title, HTML: rd.HTML, Markdown: rd.Markdown}
	}
	if view.PrintHTML, err = printPage(view, rendered); err != nil {
		return view, fmt.Errorf("support page for %s phase %q: %w", plan.Release.Key, p.Name, err)
	}
	return view, nil
}

// printStyle lays out the support print page on screen and on paper: each
// guide starts on a new sheet, and links print their address.
const printStyle = `body{margin:0 auto;max-width:860px;padding:24px;font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;line-height:1.5;color:#1f2328}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left}
.meta{color:#57606a}.guide-title{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#57606a}
section.guide{margin-top:2.5em;border-top:2px solid #d0d7de}
@media print{body{max-width:none;padding:0;font-size:11pt;color:#000}
section.guide{break-before:page;border:0;margin:0}
a[href^="http"]::after{content:" (" attr(href) ")"}
h1,h2,h3{break-after:avoid}table,pre,li{break-inside:avoid}}`

var printTemplate = template.Must(template.New("support-print").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.View.Name}} — {{.View.Phase}}: support</title>
<style>{{.Style}}</style>
</head>
<body>
<header>
<h1>{{.View.Name}}: {{.View.Phase}}</h1>
<p class="meta">Status: {{.View.Status}} · Audience: {{.View.Audience}}</p>
</header>
<section class="changes">
<h2>What changed in this phase</h2>
<ul>
{{- range .View.Changes}}
<li>{{.}}</li>
{{- end}}
</ul>
</section>
{{- range .Guides}}
<section class="guide" lang="{{.Locale}}">
<p class="guide-title">{{.Title}}</p>
{{.HTML}}
</section>
{{- end}}
</body>
</html>
`))

// printGuide is a guide as the print page shows it.
type printGuide struct {
	Locale, Title string
	HTML          template.HTML
}

// printPage is the standalone print page of a phase's support view.
func printPage(view PhaseSupport, rendered []comms.Rendered) (string, error) {
	guides := make([]printGuide, len(rendered))
	for i, rd := range rendered {
		guides[i] = printGuide{Locale: rd.Locale, Title: rd.Title, HTML: template.HTML(rd.HTML)} // sanitised by comms
	}
	var b strings.Builder
	err := printTemplate.Execute(&b, struct {
		View   PhaseSupport
		Style  template.CSS
		Guides []printGuide
	}{view, printStyle, guides})
	return b.String(), err
}

// phaseChanges says, one sentence each, what phase cur sets compared with
// prev, the phase before it (nil for the first phase): its audience, what
// it expects of each linked flag, its required segments and its exit
// criteria. Each sentence states cur's value and, where prev's differs,
// adds what it was.
func phaseChanges(prev *domain.Phase, cur domain.Phase, links []domain.FlagLink) []string {
	var out []string
	was := func(now, before string) string {
		if prev == nil || now == before {
			return ""
		}
		return " (was: " + orNone(before) + ")"
	}
	var before domain.Phase
	if prev == nil {
		out = append(out, "First phase.")
	} else {
		before = *prev
	}
	out = append(out, sentence("Audience: "+orNone(cur.Audience)+was(cur.Audience, before.Audience)))
	for _, l := range links {
		out = append(out, flagChange(l, cur.ExpectationFor(l), prev != nil, before.ExpectationFor(l)))
	}
	segs, segsBefore := segments(cur.Expect), segments(before.Expect)
	if segs != "" || segsBefore != "" {
		out = append(out, sentence("Required segments: "+orNone(segs)+was(segs, segsBefore)))
	}
	if len(cur.Exit) > 0 {
		items := make([]string, len(cur.Exit))
		for i, c := range cur.Exit {
			items[i] = strings.TrimRight(c.Text, ". ")
		}
		out = append(out, sentence("Exit criteria: "+strings.Join(items, "; ")))
	}
	return out
}

// flagChange says what a phase expects of a linked flag, such as
// "new-checkout in production: 5% of customers get “true” (was 0%).", and
// when compare is set and the phase before expected something else, what
// that was.
func flagChange(l domain.FlagLink, e *domain.Expectation, compare bool, before *domain.Expectation) string {
	s := fmt.Sprintf("%s in %s", l.FlagKey, l.Environment)
	switch {
	case e == nil:
		s += " has no planned state"
	case !e.On:
		s += " is planned off"
	default:
		s += fmt.Sprintf(": %g%% of customers get “%s”", e.Percent, l.Variation)
	}
	if !compare || sameState(e, before) {
		return sentence(s)
	}
	switch {
	case before == nil:
		s += " (was not planned)"
	case !before.On:
		s += " (was off)"
	case e != nil && e.On:
		s += fmt.Sprintf(" (was %g%%)", before.Percent)
	default:
		s += fmt.Sprintf(" (was on at %g%%)", before.Percent)
	}
	return sentence(s)
}

// sameState reports whether two expectations agree on whether the flag is
// on and, when it is, on the share served.
func sameState(a, b *domain.Expectation) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.On == b.On && (!a.On || a.Percent == b.Percent)
}

// segments lists the segments an expectation requires, comma-separated.
func segments(e *domain.Expectation) string {
	if e == nil {
		return ""
	}
	return strings.Join(e.Segments, ", ")
}

// orNone is s, or "none" when s is empty.
func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// sentence ends s with exactly one full stop.
func sentence(s string) string {
	return strings.TrimRight(s, ". ") + "."
}

// anyKilled reports whether a linked flag of the release is off although its
// active phase plans it on.
func (w *Workspace) anyKilled(ctx context.Context, release string) (bool, error) {
	report, err := w.Drift(ctx, release)
	if err != nil {
		return false, err
	}
	return slices.ContainsFunc(report.Flags, func(f drift.Flag) bool { return f.Verdict == drift.Off }), nil
}

// rules matches the lines the plain-text rendering draws under headings and
// table headers; they carry no words and would clutter search snippets.
var rules = regexp.MustCompile(`[-=─]{3,}`)
