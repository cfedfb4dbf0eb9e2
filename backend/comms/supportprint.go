package comms

import (
	"html/template"
	"strings"
)

// SupportSheet is what the support print page says about a phase besides
// its guides.
type SupportSheet struct {
	Name     string // the release's name
	Phase    string
	Status   string
	Audience string
	// Changes say what changed in the phase, one sentence each (see
	// PhaseChanges).
	Changes []string
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
<title>{{.Sheet.Name}} — {{.Sheet.Phase}}: support</title>
<style>{{.Style}}</style>
</head>
<body>
<header>
<h1>{{.Sheet.Name}}: {{.Sheet.Phase}}</h1>
<p class="meta">Status: {{.Sheet.Status}} · Audience: {{.Sheet.Audience}}</p>
</header>
<section class="changes">
<h2>What changes for customers</h2>
<ul>
{{- range .Sheet.Changes}}
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

// SupportPrintPage is one standalone, print-friendly HTML page with a
// phase's sheet and every guide in guides, each starting on a new sheet of
// paper.
func SupportPrintPage(sheet SupportSheet, guides []Rendered) (string, error) {
	pages := make([]printGuide, len(guides))
	for i, rd := range guides {
		pages[i] = printGuide{Locale: rd.Locale, Title: rd.Title, HTML: template.HTML(rd.HTML)} // sanitised by Render
	}
	var b strings.Builder
	err := printTemplate.Execute(&b, struct {
		Sheet  SupportSheet
		Style  template.CSS
		Guides []printGuide
	}{sheet, printStyle, pages})
	return b.String(), err
}
