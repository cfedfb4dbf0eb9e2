// Package comms turns per-phase Markdown templates into customer emails,
// in-app announcements and support guides. This file reads a template's YAML
// front matter; the starter set lives in starter/.
package comms

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"rolloutdesk/backend/domain"
)

// FrontMatter is the YAML header of a template file.
type FrontMatter struct {
	Channel  domain.Channel `yaml:"channel"`
	Phase    string         `yaml:"phase"`
	Audience string         `yaml:"audience"`
	Subject  string         `yaml:"subject"`
	Title    string         `yaml:"title"`
	Locale   string         `yaml:"locale"`
}

const fence = "---"

// ParseFrontMatter splits a template file into its front matter and body.
// Errors name the template and the line.
func ParseFrontMatter(name, source string) (FrontMatter, string, error) {
	var fm FrontMatter
	rest, ok := strings.CutPrefix(source, fence+"\n")
	if !ok {
		return fm, "", fmt.Errorf("%s:1: a template starts with a '---' line and YAML front matter", name)
	}
	header, body, ok := strings.Cut(rest, "\n"+fence+"\n")
	if !ok {
		header, ok = strings.CutSuffix(rest, "\n"+fence)
		if !ok {
			return fm, "", fmt.Errorf("%s:1: front matter has no closing '---' line", name)
		}
	}
	dec := yaml.NewDecoder(bytes.NewBufferString(header))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil {
		return fm, "", yamlError(name, err)
	}
	if !fm.Channel.Valid() {
		return fm, "", fmt.Errorf("%s:2: channel %q is not one of email, in_app, support", name, fm.Channel)
	}
	if fm.Phase == "" {
		fm.Phase = "*"
	}
	return fm, body, nil
}

// yamlError rewrites a yaml.v3 error as "name:line: reason", counting lines
// from the top of the file (the opening fence is line 1).
func yamlError(name string, err error) error {
	msgs := []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	}
	line := 1
	for i, m := range msgs {
		var n int
		if _, scanErr := fmt.Sscanf(m, "line %d:", &n); scanErr == nil {
			_, m, _ = strings.Cut(m, ": ")
			if i == 0 {
				line = n + 1
			}
		}
		msgs[i] = m
	}
	return fmt.Errorf("%s:%d: front matter: %s", name, line, strings.Join(msgs, "; "))
}

// ParseTemplate reads a template file into a domain template.
func ParseTemplate(name, source string) (domain.Template, error) {
	fm, _, err := ParseFrontMatter(name, source)
	if err != nil {
		return domain.Template{}, err
	}
	title := fm.Title
	if title == "" {
		title = fm.Subject
	}
	return domain.Template{Name: name, Channel: fm.Channel, Phase: fm.Phase, Title: title, Source: source}, nil
}

//go:embed starter/*.md
var starterFiles embed.FS

// Starter returns the built-in starter templates.
func Starter() ([]domain.Template, error) {
	entries, err := fs.ReadDir(starterFiles, "starter")
	if err != nil {
		return nil, err
	}
	out := make([]domain.Template, 0, len(entries))
	for _, e := range entries {
		b, err := starterFiles.ReadFile(path.Join("starter", e.Name()))
		if err != nil {
			return nil, err
		}
		t, err := ParseTemplate(strings.TrimSuffix(e.Name(), ".md"), string(b))
		if err != nil {
			return nil, fmt.Errorf("starter template: %w", err)
		}
		t.Builtin = true
		out = append(out, t)
	}
	return out, nil
}
