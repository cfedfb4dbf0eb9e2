package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// Files a report writes into its folder.
const (
	HTMLFile     = "report.html"
	MarkdownFile = "report.md"
)

// WriteDir writes report.html, report.md and the Markdown's chart images
// into dir, creating it. It returns the paths written.
func WriteDir(dir string, d Data) ([]string, error) {
	var page bytes.Buffer
	if err := WriteHTML(&page, d); err != nil {
		return nil, err
	}
	md, charts := Markdown(d)
	files := map[string][]byte{HTMLFile: page.Bytes(), MarkdownFile: md}
	for name, data := range charts {
		files[name] = data
	}
	var written []string
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return written, fmt.Errorf("write report: %w", err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return written, fmt.Errorf("write report: %w", err)
		}
		written = append(written, path)
	}
	return written, nil
}
