package communications

import (
	"bytes"
	"context"
	"fmt"
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

// RenderRelease renders every stored phase-triggered template that applies
// to each phase of a release, or to the phase named phase when it is not "".
func (s *Service) RenderRelease(ctx context.Context, release, phase string) ([]comms.Output, error) {
	_, outputs, err := s.renderRelease(ctx, release, phase)
	return outputs, err
}

// Preview renders the template named name for a phase of a release (its
// active phase, else its first, when phase is ""). A non-empty source is
// rendered instead of the stored template, so unsaved edits and new
// templates can be previewed; other templates, such as partials, are the
// stored ones. An incident or rollback template is rendered for a sample
// event (see comms.SampleData).
func (s *Service) Preview(ctx context.Context, release, phase, name, source string) (comms.Preview, error) {
	plan, i, err := s.planPhase(ctx, release, phase)
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
	p := plan.Phases[i]
	r, err := s.storedRenderer(ctx, t)
	if err != nil {
		return comms.Preview{}, err
	}
	rd, err := r.Render(t, comms.SampleData(t.Trigger, plan, p, s.Now()))
	if err != nil {
		return comms.Preview{}, err
	}
	outputs, err := r.Files(rd, comms.PhaseDir(p.Name), plan.Release.Name)
	return comms.Preview{Rendered: rd, Files: outputs}, err
}

// Variables lists what templates see for a phase of a release (its active
// phase, else its first, when phase is ""), the values incident and
// rollback templates see from a sample event included.
func (s *Service) Variables(ctx context.Context, release, phase string) ([]comms.Variable, error) {
	plan, i, err := s.planPhase(ctx, release, phase)
	if err != nil {
		return nil, err
	}
	return comms.Variables(comms.PanelData(plan, plan.Phases[i], s.Now())), nil
}

// WriteFolder renders a release's communications, as RenderRelease does,
// into dir: PHASE/CHANNEL-TEMPLATE.EXT files and an index.html linking
// them. It returns the paths written, sorted. What was exported is
// remembered (see Changes).
func (s *Service) WriteFolder(ctx context.Context, release, phase, dir string) ([]string, error) {
	r, outputs, err := s.renderRelease(ctx, release, phase)
	if err != nil {
		return nil, err
	}
	paths, err := writeOutputs(r, outputs, dir)
	if err != nil {
		return nil, err
	}
	return paths, s.rememberExport(ctx, release, outputs)
}

// writeOutputs writes outputs into dir at their paths, with an index.html
// linking them, and returns the paths written, sorted.
func writeOutputs(r *comms.Renderer, outputs []comms.Output, dir string) ([]string, error) {
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

// ExportBundleFile writes a release's communications (or one phase's), as
// RenderRelease renders them, to path as a zip archive with an index page,
// replacing it atomically.
func (s *Service) ExportBundleFile(ctx context.Context, release, phase, path string) error {
	r, outputs, err := s.renderRelease(ctx, release, phase)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := r.WriteBundle(&buf, outputs); err != nil {
		return err
	}
	if err := files.WriteAtomic(path, buf.Bytes()); err != nil {
		return err
	}
	return s.rememberExport(ctx, release, outputs)
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
	plan, i, err := s.planPhase(ctx, release, phase)
	if err != nil {
		return nil, "", err
	}
	p := plan.Phases[i]
	t, err := s.Store.GetTemplate(ctx, name)
	if err != nil {
		return nil, "", err
	}
	if err := sendable(t, plan, i); err != nil {
		return nil, "", err
	}
	preview, err := s.Preview(ctx, release, p.Name, name, "")
	if err != nil {
		return nil, "", err
	}
	eml, err := emailMessage(preview)
	return eml, p.Name, err
}

// emailMessage is the RFC 5322 message among a preview's files.
func emailMessage(preview comms.Preview) ([]byte, error) {
	i := slices.IndexFunc(preview.Files, func(o comms.Output) bool { return o.Ext == "eml" })
	if i < 0 {
		return nil, fmt.Errorf("template %s is for the %s channel: only email notices can be sent", preview.Template, preview.Channel)
	}
	return []byte(preview.Files[i].Content), nil
}

// sendable checks that t is an email template sent with phases, and that
// it applies to phase i of plan.
func sendable(t domain.Template, plan domain.Plan, i int) error {
	if comms.IsPartial(t.Name) {
		return fmt.Errorf("template %s is a shared block: send a template that includes it", t.Name)
	}
	if t.Channel != domain.ChannelEmail {
		return fmt.Errorf("template %s is for the %s channel: only email templates can be sent", t.Name, t.Channel)
	}
	if t.Trigger != domain.TriggerPhase {
		return fmt.Errorf("template %s goes out %s, not with a phase: send its drafted notice from the release's Who to tell",
			t.Name, comms.TriggerWhen(t.Trigger))
	}
	if comms.Applies(t, domain.TriggerPhase, plan.Phases, i) {
		return nil
	}
	picked := comms.PhaseSelector(t).Picks(plan.Phases)
	if len(picked) == 0 {
		return fmt.Errorf("template %s is for phase %s, which release %s does not have (rolloutdesk comms check %s lists such templates)",
			t.Name, t.Phase, plan.Release.Key, plan.Release.Key)
	}
	phases := make([]string, len(picked))
	for j, p := range picked {
		phases[j] = strconv.Quote(p.Name)
	}
	return fmt.Errorf("template %s is not for phase %q: it applies to %s", t.Name, plan.Phases[i].Name, strings.Join(phases, ", "))
}
