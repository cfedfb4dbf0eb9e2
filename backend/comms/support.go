package comms

import (
	"bytes"
	"fmt"
	"html/template"
	"time"
)

var supportPage = page("support", `{{template "head" .}}<body>
<header>
<p class="meta">Phase: {{.Phase}} · Audience: {{.Audience}} · Updated {{.Updated}}</p>
</header>
{{- with .TOC}}
<nav class="toc" aria-label="Contents">
<p>Contents</p>
<ol>
{{- range .}}
<li><a href="#{{.ID}}">{{.Text}}</a>
{{- with .Children}}
<ol>
{{- range .}}
<li><a href="#{{.ID}}">{{.Text}}</a></li>
{{- end}}
</ol>
{{- end}}</li>
{{- end}}
</ol>
</nav>
{{- end}}
<main>
{{.Body}}</main>
</body>
</html>
`)

// tocEntry is a level 2 heading with its level 3 headings, or a level 3
// heading before any level 2 one.
type tocEntry struct {
	Heading
	Children []Heading
}

// toc arranges the level 2 and 3 headings as a two-level table of contents.
func toc(headings []Heading) []tocEntry {
	var out []tocEntry
	for _, h := range headings {
		switch {
		case h.Level == 2 || (h.Level == 3 && len(out) == 0):
			out = append(out, tocEntry{Heading: h})
		case h.Level == 3:
			last := &out[len(out)-1]
			last.Children = append(last.Children, h)
		}
	}
	return out
}

// supportHTML is a standalone support page with a table of contents.
func supportHTML(rd Rendered, now time.Time) ([]byte, error) {
	var b bytes.Buffer
	err := supportPage.Execute(&b, struct {
		pageHead
		Phase, Audience, Updated string
		TOC                      []tocEntry
		Body                     template.HTML
	}{pageHead{rd.Locale, rd.Title, pageStyle}, rd.Phase, rd.Audience, now.Format(DateLayout), toc(rd.Headings),
		template.HTML(rd.HTML)}) // sanitised by policy
	if err != nil {
		return nil, fmt.Errorf("%s: support page: %w", FileName(rd.Template), err)
	}
	return b.Bytes(), nil
}
