package communications

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/files"
)

// SaveTemplate checks a template file and saves it under name, replacing
// the template of that name. It is refused, with every problem as
// "name.md:LINE: reason", when it does not parse or does not render for the
// demo release (a partial: when a template including it does not).
func (s *Service) SaveTemplate(ctx context.Context, name, source string) (domain.Template, error) {
	saved, err := s.saveTemplates(ctx, []templateFile{{name: name, source: source}})
	if err != nil {
		return domain.Template{}, err
	}
	if err := s.Audit.Record(ctx, "template.save", "", fmt.Sprintf("Saved template %s (%s, phase %s)", name, saved[0].Channel, saved[0].Phase)); err != nil {
		return saved[0], err
	}
	return saved[0], nil
}

// templateFile is a template's name and file content.
type templateFile struct{ name, source string }

// saveTemplates checks files together, against the stored templates, and
// saves them all or, when any is refused, none. The support index follows.
func (s *Service) saveTemplates(ctx context.Context, files []templateFile) ([]domain.Template, error) {
	var parsed []domain.Template
	var errs []error
	for _, f := range files {
		t, err := comms.ParseTemplate(f.name, f.source)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		parsed = append(parsed, t)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	r, err := s.storedRenderer(ctx, parsed...)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	sample := demo.Plan(now)
	for _, t := range parsed {
		errs = append(errs, r.Check(t, sample, now))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i, t := range parsed {
		if parsed[i].ID, err = s.Store.SaveTemplate(ctx, t); err != nil {
			return nil, err
		}
	}
	return parsed, s.Index.Reindex(ctx)
}

// ImportTemplates saves every NAME.md template file in dir as template
// NAME. All files are checked as SaveTemplate does before any is saved:
// when one is refused, nothing is saved and every problem is reported.
func (s *Service) ImportTemplates(ctx context.Context, dir string) ([]domain.Template, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, fmt.Errorf("import templates: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("import templates: no NAME.md template files in %s", dir)
	}
	list := make([]templateFile, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("import templates: %w", err)
		}
		list[i] = templateFile{name: strings.TrimSuffix(filepath.Base(p), ".md"), source: string(b)}
	}
	saved, err := s.saveTemplates(ctx, list)
	if err != nil {
		return nil, err
	}
	return saved, s.Audit.Record(ctx, "templates.import", "", fmt.Sprintf("Imported %d templates from %s", len(saved), dir))
}

// ExportTemplates writes every stored template to dir as NAME.md, creating
// dir when missing and replacing files of the same names, and returns the
// paths written.
func (s *Service) ExportTemplates(ctx context.Context, dir string) ([]string, error) {
	templates, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(templates))
	for _, t := range templates {
		out[comms.FileName(t.Name)] = []byte(t.Source)
	}
	return files.WriteTree(dir, out)
}
