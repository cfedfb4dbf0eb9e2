package report

import (
	"bytes"
	"maps"
	"path/filepath"

	"rolloutdesk/backend/files"
)

// Files a report writes into its folder.
const (
	HTMLFile     = "report.html"
	MarkdownFile = "report.md"
)

// WriteDir writes report.html, report.md and the Markdown's chart images
// into dir, creating it. It returns the paths written, sorted.
func WriteDir(dir string, d Data) ([]string, error) {
	var page bytes.Buffer
	if err := WriteHTML(&page, d); err != nil {
		return nil, err
	}
	md, charts := Markdown(d)
	tree := map[string][]byte{HTMLFile: page.Bytes(), MarkdownFile: md}
	maps.Copy(tree, charts)
	return files.WriteTree(dir, tree)
}

// writeMarkdown writes md to path and charts beside it.
func writeMarkdown(path string, md []byte, charts map[string][]byte) error {
	tree := map[string][]byte{filepath.Base(path): md}
	maps.Copy(tree, charts)
	_, err := files.WriteTree(filepath.Dir(path), tree)
	return err
}
