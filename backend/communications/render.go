package communications

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/files"
)

// renderRelease renders the stored templates for a release's phase, or for
// every phase when phase is "".
func (s *Service) renderRelease(ctx context.Context, release, phase string) (*comms.Renderer, []comms.Output, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, nil, err
	}
	r, err := s.storedRenderer(ctx)
	if err != nil {
		return nil, nil, err
	}
	outputs, err := r.RenderPlan(plan, phase)
	return r, outputs, err
}

// RenderRelease renders every stored template that applies to each phase of
// a release, or to the phase named phase when it is not "".
func (s *Service) RenderRelease(ctx context.Context, release, phase string) ([]comms.Output, error) {
	_, outputs, err := s.renderRelease(ctx, release, phase)
	return outputs, err
}

// Preview renders the template named name for a phase of a release (its
// active phase, else its first, when phase is ""). A non-empty source is
// rendered instead of the stored template, so unsaved edits and new
// templates can be previewed; other templates, such as partials, are the
// stored ones.
func (s *Service) Preview(ctx context.Context, release, phase, name, source string) (comms.Preview, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return comms.Preview{}, err
	}
	t, err := s.Store.GetTemplate(ctx, name)
	if source != "" {
		t, err = comms.ParseTemplate(name, source)
	}
	if err != nil {
		return comms.Preview{}, err
	}
	p, err := plan.Phase(phase)
	if err != nil {
		return comms.Preview{}, err
	}
	r, err := s.storedRenderer(ctx, t)
	if err != nil {
		return comms.Preview{}, err
	}
	rd, err := r.Render(t, comms.NewData(plan, p, s.Now()))
	if err != nil {
		return comms.Preview{}, err
	}
	outputs, err := r.Files(rd, comms.PhaseDir(p.Name), plan.Release.Name)
	return comms.Preview{Rendered: rd, Files: outputs}, err
}

// Variables lists what templates see for a phase of a release (its active
// phase, else its first, when phase is "").
func (s *Service) Variables(ctx context.Context, release, phase string) ([]comms.Variable, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	p, err := plan.Phase(phase)
	if err != nil {
		return nil, err
	}
	return comms.Variables(comms.NewData(plan, p, s.Now())), nil
}

// WriteFolder renders a release's communications, as RenderRelease does,
// into dir: PHASE/CHANNEL-TEMPLATE.EXT files and an index.html linking
// them. It returns the paths written, sorted.
func (s *Service) WriteFolder(ctx context.Context, release, phase, dir string) ([]string, error) {
	r, outputs, err := s.renderRelease(ctx, release, phase)
	if err != nil {
		return nil, err
	}
	index, err := r.Index(outputs)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{"index.html": index}
	for _, o := range outputs {
		out[o.Path()] = []byte(o.Content)
	}
	return files.WriteTree(dir, out)
}

// WriteBundle writes a release's communications, as RenderRelease renders
// them, to out as a zip archive with an index page.
func (s *Service) WriteBundle(ctx context.Context, release, phase string, out io.Writer) error {
	r, outputs, err := s.renderRelease(ctx, release, phase)
	if err != nil {
		return err
	}
	return r.WriteBundle(out, outputs)
}

// ExportBundleFile writes the zip bundle of a release (or one phase) to
// path, replacing it atomically.
func (s *Service) ExportBundleFile(ctx context.Context, release, phase, path string) error {
	var buf bytes.Buffer
	if err := s.WriteBundle(ctx, release, phase, &buf); err != nil {
		return err
	}
	return files.WriteAtomic(path, buf.Bytes())
}

// BundleFileName is the name the bundle of a release, or of one of its
// phases, is suggested under.
func BundleFileName(release, phase string) string {
	if phase != "" {
		return release + "-" + comms.PhaseDir(phase) + ".zip"
	}
	return release + ".zip"
}

// Email renders the email template named name for a phase of a release
// (its active phase, else its first, when phase is "") as an RFC 5322
// message, for a test send. It returns the message and the phase's name.
// Only an email template that applies to the phase can be sent.
func (s *Service) Email(ctx context.Context, release, phase, name string) ([]byte, string, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, "", err
	}
	p, err := plan.Phase(phase)
	if err != nil {
		return nil, "", err
	}
	t, err := s.Store.GetTemplate(ctx, name)
	if err != nil {
		return nil, "", err
	}
	if err := sendable(t, plan, p.Name); err != nil {
		return nil, "", err
	}
	preview, err := s.Preview(ctx, release, p.Name, name, "")
	if err != nil {
		return nil, "", err
	}
	i := slices.IndexFunc(preview.Files, func(o comms.Output) bool { return o.Ext == "eml" })
	if i < 0 {
		return nil, "", fmt.Errorf("template %s rendered no email message", name)
	}
	return []byte(preview.Files[i].Content), p.Name, nil
}

// sendable checks that t is an email template that applies to the phase
// named phase of plan.
func sendable(t domain.Template, plan domain.Plan, phase string) error {
	if comms.IsPartial(t.Name) {
		return fmt.Errorf("template %s is a shared block: send a template that includes it", t.Name)
	}
	if t.Channel != domain.ChannelEmail {
		return fmt.Errorf("template %s is for the %s channel: only email templates can be sent", t.Name, t.Channel)
	}
	if comms.Applies(t, phase) {
		return nil
	}
	var phases []string
	for _, p := range plan.Phases {
		if comms.Applies(t, p.Name) {
			phases = append(phases, strconv.Quote(p.Name))
		}
	}
	if len(phases) == 0 {
		return fmt.Errorf("template %s is for phase %q, which release %s does not have", t.Name, t.Phase, plan.Release.Key)
	}
	return fmt.Errorf("template %s is not for phase %q: it applies to %s", t.Name, phase, strings.Join(phases, ", "))
}
