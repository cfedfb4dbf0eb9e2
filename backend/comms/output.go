package comms

import (
	"fmt"
	"path"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"rolloutdesk/backend/domain"
)

// Output is one rendered file, kept at Path in a bundle or output folder.
type Output struct {
	// Dir is the phase's folder, see PhaseDir.
	Dir      string         `json:"dir"`
	Release  string         `json:"release"` // the release's name
	Phase    string         `json:"phase"`
	Channel  domain.Channel `json:"channel"`
	Template string         `json:"template"`
	// Title is the email subject or the page title.
	Title string `json:"title"`
	// Ext is the file's extension: eml, html, json or md.
	Ext     string `json:"ext"`
	Content string `json:"content"`
}

// Path is "<dir>/<channel>-<template>.<ext>", such as
// "beta-5/email-beta-invitation.eml".
func (o Output) Path() string {
	return path.Join(o.Dir, fmt.Sprintf("%s-%s.%s", o.Channel, o.Template, o.Ext))
}

// Preview is a template rendered for one phase with its files, for showing
// a template while it is edited.
type Preview struct {
	Rendered
	Files []Output `json:"files"`
}

// phaseDirs gives each phase its PhaseDir, numbering repeats ("beta-5-2").
func phaseDirs(phases []domain.Phase) []string {
	seen := unique{}
	out := make([]string, len(phases))
	for i, p := range phases {
		out[i] = seen.name(PhaseDir(p.Name))
	}
	return out
}

// Files renders a template's outputs for its channel into dir: for email
// the message (.eml), its HTML part (.html) and the Markdown (.md); for
// in_app the HTML fragment (.html), the JSON payload (.json) and the
// Markdown; for support the standalone page (.html) and the Markdown.
func (r *Renderer) Files(rd Rendered, dir, release string) ([]Output, error) {
	contents := map[string][]byte{"md": []byte(rd.Markdown)}
	var err error
	switch rd.Channel {
	case domain.ChannelEmail:
		if contents["html"], err = emailHTML(rd); err == nil {
			contents["eml"], err = r.email(rd, contents["html"])
		}
	case domain.ChannelInApp:
		contents["html"] = []byte(rd.HTML)
		contents["json"], err = inAppJSON(rd)
	case domain.ChannelSupport:
		contents["html"], err = supportHTML(rd, r.now())
	default:
		err = fmt.Errorf("%s: channel %q is not one of email, in_app, support", FileName(rd.Template), rd.Channel)
	}
	if err != nil {
		return nil, err
	}
	out := make([]Output, 0, len(contents))
	for ext, c := range contents {
		out = append(out, Output{Dir: dir, Release: release, Phase: rd.Phase, Channel: rd.Channel, Template: rd.Template,
			Title: rd.Title, Ext: ext, Content: string(c)})
	}
	slices.SortFunc(out, func(a, b Output) int { return strings.Compare(a.Ext, b.Ext) })
	return out, nil
}

// RenderPlan renders every phase-triggered template that applies to each
// phase of plan, or to the phase named phase only when it is not "";
// incident and rollback templates go out with their events instead. Outputs come by phase in
// plan order, then by path. Phases render in parallel, one per processor.
// When templates fail, their errors are joined, each once, and there are no
// outputs.
func (r *Renderer) RenderPlan(plan domain.Plan, phase string) ([]Output, error) {
	dirs := phaseDirs(plan.Phases)
	now := r.now()
	results := make([]phaseResult, len(plan.Phases))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	found := false
	for i, p := range plan.Phases {
		if phase != "" && p.Name != phase {
			continue
		}
		found = true
		g.Go(func() error {
			results[i] = r.renderPhase(plan, i, dirs[i], now)
			return nil
		})
	}
	_ = g.Wait() // the goroutines report through results
	if phase != "" && !found {
		return nil, fmt.Errorf("release %s has no phase %q (phases: %s)", plan.Release.Key, phase, phaseNames(plan.Phases))
	}
	var out []Output
	var errs []error
	for _, res := range results {
		out = append(out, res.outputs...)
		errs = append(errs, res.errs...)
	}
	if err := joinUnique(errs); err != nil {
		return nil, err
	}
	return out, nil
}

// phaseResult is what rendering one phase gave.
type phaseResult struct {
	outputs []Output
	errs    []error
}

// renderPhase renders the phase-triggered templates that apply to phase i
// of plan, sorted by path.
func (r *Renderer) renderPhase(plan domain.Plan, i int, dir string, now time.Time) phaseResult {
	return r.renderSet(plan, i, domain.TriggerPhase, NewData(plan, plan.Phases[i], now), dir)
}

// RenderEvent renders the templates e's trigger sends for the phase of plan
// it happened in, into the folder e.Dir(), sorted by path. When templates
// fail, their errors are joined and there are no outputs.
func (r *Renderer) RenderEvent(plan domain.Plan, e Event) ([]Output, error) {
	data, err := EventData(plan, e, r.now())
	if err != nil {
		return nil, err
	}
	res := r.renderSet(plan, EventPhase(plan, e), e.Trigger, data, e.Dir())
	if err := joinUnique(res.errs); err != nil {
		return nil, err
	}
	return res.outputs, nil
}

// renderSet renders with data the templates trigger sends for phase i of
// plan into dir, sorted by path.
func (r *Renderer) renderSet(plan domain.Plan, i int, trigger domain.Trigger, data Data, dir string) phaseResult {
	var res phaseResult
	for _, t := range r.templates {
		if !Applies(t, trigger, plan.Phases, i) {
			continue
		}
		rd, err := r.Render(t, data)
		var files []Output
		if err == nil {
			files, err = r.Files(rd, dir, plan.Release.Name)
		}
		if err != nil {
			res.errs = append(res.errs, err)
		}
		res.outputs = append(res.outputs, files...)
	}
	slices.SortFunc(res.outputs, func(a, b Output) int { return strings.Compare(a.Path(), b.Path()) })
	return res
}

func phaseNames(phases []domain.Phase) string { return strings.Join(names(phases), ", ") }
