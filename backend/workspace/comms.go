package workspace

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
)

// settingSender is the From address of rendered emails.
const settingSender = "comms.from"

// Sender is the From address of rendered emails: the saved one, else
// comms.DefaultSender.
func (w *Workspace) Sender(ctx context.Context) (string, error) {
	from, err := w.Store.Setting(ctx, settingSender)
	if err != nil || from != "" {
		return from, err
	}
	return comms.DefaultSender, nil
}

// SetSender saves the From address of rendered emails, such as
// "Releases <releases@example.com>"; "" restores the default.
func (w *Workspace) SetSender(ctx context.Context, from string) error {
	if from != "" {
		if _, err := mail.ParseAddress(from); err != nil {
			return fmt.Errorf("sender %q: %w (write it as Name <address@example.com>)", from, err)
		}
	}
	if err := w.Store.SetSetting(ctx, settingSender, from); err != nil {
		return err
	}
	return w.Audit(ctx, "comms.sender", "", fmt.Sprintf("Set the email sender to %q", from))
}

// renderer is a renderer of templates with the workspace's sender and clock.
func (w *Workspace) renderer(ctx context.Context, templates []domain.Template) (*comms.Renderer, error) {
	from, err := w.Sender(ctx)
	if err != nil {
		return nil, err
	}
	return comms.NewRenderer(templates, comms.Config{From: from, Now: w.Now})
}

// storedRenderer is a renderer of the stored templates, with t in place of
// the stored template of its name when t is given.
func (w *Workspace) storedRenderer(ctx context.Context, t ...domain.Template) (*comms.Renderer, error) {
	stored, err := w.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	return w.renderer(ctx, withTemplates(stored, t))
}

// withTemplates is set with each of add replacing the template of its name,
// or appended.
func withTemplates(set, add []domain.Template) []domain.Template {
	out := slices.Clone(set)
	for _, t := range add {
		i := slices.IndexFunc(out, func(s domain.Template) bool { return s.Name == t.Name })
		if i < 0 {
			out = append(out, t)
		} else {
			out[i] = t
		}
	}
	return out
}

// renderRelease renders the stored templates for a release's phase, or for
// every phase when phase is "".
func (w *Workspace) renderRelease(ctx context.Context, release, phase string) (*comms.Renderer, []comms.Output, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, nil, err
	}
	r, err := w.storedRenderer(ctx)
	if err != nil {
		return nil, nil, err
	}
	outputs, err := r.RenderPlan(plan, phase)
	return r, outputs, err
}

// RenderRelease renders every stored template that applies to each phase of
// a release, or to the phase named phase when it is not "".
func (w *Workspace) RenderRelease(ctx context.Context, release, phase string) ([]comms.Output, error) {
	_, outputs, err := w.renderRelease(ctx, release, phase)
	return outputs, err
}

// RenderTemplate previews the template named name for a phase of a release
// (its active phase, else its first, when phase is ""). A non-empty source
// is rendered instead of the stored template, so unsaved edits and new
// templates can be previewed; other templates, such as partials, are the
// stored ones.
func (w *Workspace) RenderTemplate(ctx context.Context, release, phase, name, source string) (comms.Preview, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return comms.Preview{}, err
	}
	t, err := w.Store.GetTemplate(ctx, name)
	if source != "" {
		t, err = comms.ParseTemplate(name, source)
	}
	if err != nil {
		return comms.Preview{}, err
	}
	p, err := previewPhase(plan, phase)
	if err != nil {
		return comms.Preview{}, err
	}
	r, err := w.storedRenderer(ctx, t)
	if err != nil {
		return comms.Preview{}, err
	}
	rd, err := r.Render(t, comms.NewData(plan, p, w.Now()))
	if err != nil {
		return comms.Preview{}, err
	}
	files, err := r.Files(rd, comms.PhaseDir(p.Name), plan.Release.Name)
	return comms.Preview{Rendered: rd, Files: files}, err
}

// previewPhase is the phase named name, or the active or first phase when
// name is "".
func previewPhase(plan domain.Plan, name string) (domain.Phase, error) {
	for _, p := range plan.Phases {
		if p.Name == name {
			return p, nil
		}
	}
	if name == "" {
		if p := plan.ActivePhase(); p != nil {
			return *p, nil
		}
		if len(plan.Phases) > 0 {
			return plan.Phases[0], nil
		}
	}
	return domain.Phase{}, fmt.Errorf("release %s has no phase %q", plan.Release.Key, name)
}

// SaveTemplate checks a template file and saves it under name, replacing
// the template of that name. It is refused, with every problem as
// "name.md:LINE: reason", when it does not parse or does not render for the
// demo release (a partial: when a template including it does not).
func (w *Workspace) SaveTemplate(ctx context.Context, name, source string) (domain.Template, error) {
	saved, err := w.saveTemplates(ctx, []templateFile{{name: name, source: source}})
	if err != nil {
		return domain.Template{}, err
	}
	if err := w.Audit(ctx, "template.save", "", fmt.Sprintf("Saved template %s (%s, phase %s)", name, saved[0].Channel, saved[0].Phase)); err != nil {
		return saved[0], err
	}
	return saved[0], nil
}

// templateFile is a template's name and file content.
type templateFile struct{ name, source string }

// saveTemplates checks files together, against the stored templates, and
// saves them all or, when any is refused, none.
func (w *Workspace) saveTemplates(ctx context.Context, files []templateFile) ([]domain.Template, error) {
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
	r, err := w.storedRenderer(ctx, parsed...)
	if err != nil {
		return nil, err
	}
	now := w.Now()
	sample := demo.Plan(now)
	for _, t := range parsed {
		errs = append(errs, r.Check(t, sample, now))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i, t := range parsed {
		if parsed[i].ID, err = w.Store.SaveTemplate(ctx, t); err != nil {
			return nil, err
		}
	}
	return parsed, nil
}

// ImportTemplates saves every NAME.md template file in dir as template
// NAME. All files are checked as SaveTemplate does before any is saved:
// when one is refused, nothing is saved and every problem is reported.
func (w *Workspace) ImportTemplates(ctx context.Context, dir string) ([]domain.Template, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, fmt.Errorf("import templates: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("import templates: no NAME.md template files in %s", dir)
	}
	files := make([]templateFile, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("import templates: %w", err)
		}
		files[i] = templateFile{name: strings.TrimSuffix(filepath.Base(p), ".md"), source: string(b)}
	}
	saved, err := w.saveTemplates(ctx, files)
	if err != nil {
		return nil, err
	}
	return saved, w.Audit(ctx, "templates.import", "", fmt.Sprintf("Imported %d templates from %s", len(saved), dir))
}

// ExportTemplates writes every stored template to dir as NAME.md, creating
// dir when missing and replacing files of the same names, and returns the
// paths written.
func (w *Workspace) ExportTemplates(ctx context.Context, dir string) ([]string, error) {
	templates, err := w.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	files := make(map[string][]byte, len(templates))
	for _, t := range templates {
		files[comms.FileName(t.Name)] = []byte(t.Source)
	}
	return writeFiles(dir, files)
}

// WriteComms renders a release's communications, as RenderRelease does,
// into dir: PHASE/CHANNEL-TEMPLATE.EXT files and an index.html linking
// them. It returns the paths written, sorted.
func (w *Workspace) WriteComms(ctx context.Context, release, phase, dir string) ([]string, error) {
	r, outputs, err := w.renderRelease(ctx, release, phase)
	if err != nil {
		return nil, err
	}
	index, err := r.Index(outputs)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{"index.html": index}
	for _, o := range outputs {
		files[o.Path()] = []byte(o.Content)
	}
	return writeFiles(dir, files)
}

// WriteBundle writes a release's communications, as RenderRelease renders
// them, to out as a zip archive with an index page.
func (w *Workspace) WriteBundle(ctx context.Context, release, phase string, out io.Writer) error {
	r, outputs, err := w.renderRelease(ctx, release, phase)
	if err != nil {
		return err
	}
	return r.WriteBundle(out, outputs)
}

// writeFiles writes files, named by slash-separated paths relative to dir,
// each replaced atomically, and returns their paths sorted.
func writeFiles(dir string, files map[string][]byte) ([]string, error) {
	names := slices.Sorted(maps.Keys(files))
	paths := make([]string, 0, len(names))
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return paths, fmt.Errorf("write %s: %w", path, err)
		}
		if err := writeFileAtomic(path, files[name]); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// TemplateVariables lists what templates see for a phase of a release (its
// active phase, else its first, when phase is "").
func (w *Workspace) TemplateVariables(ctx context.Context, release, phase string) ([]comms.Variable, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	p, err := previewPhase(plan, phase)
	if err != nil {
		return nil, err
	}
	return comms.Variables(comms.NewData(plan, p, w.Now())), nil
}

// ExportBundleFile writes the zip bundle of a release (or one phase) to
// path, replacing it atomically.
func (w *Workspace) ExportBundleFile(ctx context.Context, release, phase, path string) error {
	var buf bytes.Buffer
	if err := w.WriteBundle(ctx, release, phase, &buf); err != nil {
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
}
