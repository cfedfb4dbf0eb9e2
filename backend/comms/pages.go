package comms

import "html/template"

// pageStyle is the style sheet of standalone pages: support guides and the
// bundle index. It prints without the screen chrome and keeps tables and
// code blocks on one page where it can.
const pageStyle = `body{margin:0 auto;max-width:860px;padding:24px;color:#1f2328;font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.55}
a{color:#0b5cad}
h1,h2,h3{line-height:1.25}
h2{margin-top:2em;padding-bottom:.3em;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:1em 0}
th,td{border:1px solid #d0d7de;padding:6px 12px;text-align:left}
th{background:#f6f8fa}
code,pre{font-family:Consolas,Menlo,monospace;font-size:90%;background:#f6f8fa}
pre{padding:12px;overflow:auto}
blockquote{margin:0;padding:0 1em;border-left:4px solid #d0d7de;color:#57606a}
.meta{color:#57606a;font-size:14px}
nav.toc{margin:1.5em 0;padding:12px 20px;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa}
nav.toc p{margin:0 0 .5em;font-weight:600}
nav.toc ol{margin:0;padding-left:1.4em}
@media print{
body{max-width:none;padding:0;font-size:11pt;color:#000}
a{color:#000}
nav.toc{border:0;background:none;padding:0}
main a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%}
h1,h2,h3{break-after:avoid}
table,pre,blockquote,li{break-inside:avoid}
}`

// pageHead is what the head of a page shows: its language, title and style
// sheet (none when empty).
type pageHead struct {
	Locale, Title string
	Style         template.CSS
}

// head starts every page: the doctype and the head, from a pageHead.
const head = `{{define "head"}}<!doctype html>
<html lang="{{.Locale}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
{{- with .Style}}
<style>{{.}}</style>
{{- end}}
</head>
{{end}}`

// page parses a page template that starts with {{template "head" .}}.
func page(name, text string) *template.Template {
	return template.Must(template.Must(template.New(name).Parse(head)).Parse(text))
}
