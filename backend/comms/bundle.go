package comms

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"

	"rolloutdesk/backend/domain"
)

var indexPage = page("index", `{{template "head" .}}<body>
<h1>{{.Title}}</h1>
<p class="meta">Rendered {{.Rendered}} by Rollout Desk.</p>
{{- range .Phases}}
<h2>{{.Name}}</h2>
<table>
<thead><tr><th>Template</th><th>Channel</th><th>Subject or title</th><th>Files</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><td>{{.Template}}</td><td>{{.Channel}}</td><td>{{.Title}}</td><td>
{{- range $i, $f := .Files}}{{if $i}} · {{end}}<a href="{{$f.Path}}">{{$f.Ext}}</a>{{end}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</body>
</html>
`)

// indexPhase is a phase's section of the bundle index: a row per template.
type indexPhase struct {
	Name string
	Rows []indexRow
}

type indexRow struct {
	Template, Title string
	Channel         domain.Channel
	Files           []Output
}

// groupOutputs arranges outputs by phase folder and template, keeping their
// order.
func groupOutputs(outputs []Output) []indexPhase {
	var phases []indexPhase
	dirs := map[string]int{}
	for _, o := range outputs {
		i, ok := dirs[o.Dir]
		if !ok {
			i = len(phases)
			dirs[o.Dir] = i
			phases = append(phases, indexPhase{Name: o.Phase})
		}
		p := &phases[i]
		if n := len(p.Rows); n == 0 || p.Rows[n-1].Template != o.Template {
			p.Rows = append(p.Rows, indexRow{Template: o.Template, Title: o.Title, Channel: o.Channel})
		}
		last := &p.Rows[len(p.Rows)-1]
		last.Files = append(last.Files, o)
	}
	return phases
}

// Index is a page linking every output by phase, as index.html beside the
// phase folders.
func (r *Renderer) Index(outputs []Output) ([]byte, error) {
	return indexHTML(outputs, r.now())
}

func indexHTML(outputs []Output, now time.Time) ([]byte, error) {
	title := "Communications"
	if len(outputs) > 0 {
		title += ": " + outputs[0].Release
	}
	var b bytes.Buffer
	err := indexPage.Execute(&b, struct {
		pageHead
		Rendered string
		Phases   []indexPhase
	}{pageHead{"en", title, pageStyle}, now.Format(DateLayout), groupOutputs(outputs)})
	if err != nil {
		return nil, fmt.Errorf("bundle index: %w", err)
	}
	return b.Bytes(), nil
}

// WriteBundle writes outputs as a zip archive, each at its Path, with an
// index.html at the top linking every file by phase.
func (r *Renderer) WriteBundle(w io.Writer, outputs []Output) error {
	now := r.now()
	index, err := indexHTML(outputs, now)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	add := func(name string, content []byte) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now})
		if err == nil {
			_, err = fw.Write(content)
		}
		if err != nil {
			return fmt.Errorf("bundle %s: %w", name, err)
		}
		return nil
	}
	if err := add("index.html", index); err != nil {
		return err
	}
	for _, o := range outputs {
		if err := add(o.Path(), []byte(o.Content)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("bundle: %w", err)
	}
	return nil
}
