// Package support gives support what they need for a phase of a release —
// who has it, what changed since the phase before, its guides and a print
// page — and full-text search across every release's support guides. The
// search index is rebuilt when plans or templates change (see Reindex),
// not on every search.
package support

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
)

// Store is the part of the workspace store support uses.
type Store interface {
	ListReleases(ctx context.Context) ([]store.ReleaseSummary, error)
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	ListDrafts(ctx context.Context, release string) ([]domain.Draft, error)
	ReplaceSupportIndex(ctx context.Context, docs []store.SupportDoc) error
	SearchSupport(ctx context.Context, query string, limit int) ([]store.SupportHit, error)
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// Templates renders the stored templates.
type Templates interface {
	// Renderer is a renderer of the stored templates and the templates it
	// holds.
	Renderer(ctx context.Context) (*comms.Renderer, []domain.Template, error)
}

// Service serves the support view and search.
type Service struct {
	Store     Store
	Templates Templates
	Log       *slog.Logger
	Now       func() time.Time
}

// View is what support needs for one phase of a release.
type View struct {
	Release  string // key
	Name     string // release name
	Phase    string
	Status   string
	Audience string
	// Changes say what this phase changes for customers from the one
	// before, one sentence each (see comms.PhaseChanges).
	Changes []string
	Guides  []Guide
	// PrintHTML is one standalone, print-friendly HTML page with every
	// guide and the changes.
	PrintHTML string
}

// Guide is a support-channel template rendered for a phase.
type Guide struct {
	Template string
	Title    string
	HTML     string // sanitised fragment (from comms), safe to inject
	Markdown string
	// Notice is set for a notice of something that happened (a kill
	// switch used, a rollback), clear for a guide to the phase.
	Notice bool
	// Date is when the notice's event happened, or when the guide's phase
	// started (else is planned to); nil when neither is known.
	Date *time.Time
}

// guides renders support-channel templates for phases of releases.
type guides struct {
	r         *comms.Renderer
	templates []domain.Template // the support-channel templates, partials left out
}

// guideRenderer prepares the stored support templates for rendering.
func (s *Service) guideRenderer(ctx context.Context) (guides, error) {
	r, stored, err := s.Templates.Renderer(ctx)
	if err != nil {
		return guides{}, err
	}
	support := slices.DeleteFunc(slices.Clone(stored), func(t domain.Template) bool {
		return t.Channel != domain.ChannelSupport || comms.IsPartial(t.Name)
	})
	return guides{r: r, templates: support}, nil
}

// render renders every support template sent with phase i of plan. It
// returns those that rendered, and the errors of those that did not.
func (g guides) render(plan domain.Plan, i int, now time.Time) ([]comms.Rendered, error) {
	p := plan.Phases[i]
	data := comms.NewData(plan, p, now)
	var out []comms.Rendered
	var errs []error
	for _, t := range g.templates {
		if !comms.Applies(t, domain.TriggerPhase, plan.Phases, i) {
			continue
		}
		rd, err := g.r.Render(t, data)
		if err != nil {
			errs = append(errs, fmt.Errorf("support guide %s for %s phase %q: %w", t.Name, plan.Release.Key, p.Name, err))
			continue
		}
		out = append(out, rd)
	}
	return out, errors.Join(errs...)
}

// View gathers what support needs for a phase of a release: who has it,
// what changed since the phase before, the notices of what happened during
// it (a kill switch used, a rollback; newest first, each with its day) and
// its support guides. Phase "" is the active phase, else the first. A
// support guide that fails to render is an error.
func (s *Service) View(ctx context.Context, release, phase string) (View, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return View{}, err
	}
	p, err := plan.Phase(phase)
	if err != nil {
		return View{}, err
	}
	g, err := s.guideRenderer(ctx)
	if err != nil {
		return View{}, err
	}
	i := slices.IndexFunc(plan.Phases, func(q domain.Phase) bool { return q.Name == p.Name })
	guides, err := g.render(plan, i, s.Now())
	if err != nil {
		return View{}, err
	}
	notices, err := s.notices(ctx, g, plan)
	if err != nil {
		return View{}, err
	}
	var rendered []comms.Rendered
	var kinds []Guide // each rendered one's Notice and Date
	for _, n := range notices {
		if n.phase == p.Name {
			at := n.at
			rendered, kinds = append(rendered, n.rendered), append(kinds, Guide{Notice: true, Date: &at})
		}
	}
	for _, g := range guides {
		rendered, kinds = append(rendered, g), append(kinds, Guide{Date: comms.Starts(p)})
	}
	var prev *domain.Phase
	if i > 0 {
		prev = &plan.Phases[i-1]
	}
	sheet := comms.SupportSheet{Name: plan.Release.Name, Phase: p.Name, Status: string(p.Status), Audience: p.Audience,
		Changes: comms.PhaseChanges(prev, p, plan)}
	view := View{Release: plan.Release.Key, Name: sheet.Name, Phase: sheet.Phase, Status: sheet.Status, Audience: sheet.Audience,
		Changes: sheet.Changes, Guides: make([]Guide, len(rendered))}
	for i, rd := range rendered {
		view.Guides[i] = Guide{Template: rd.Template, Title: rd.Title, HTML: rd.HTML, Markdown: rd.Markdown, Notice: kinds[i].Notice, Date: kinds[i].Date}
	}
	if view.PrintHTML, err = comms.SupportPrintPage(sheet, rendered); err != nil {
		return view, fmt.Errorf("support page for %s phase %q: %w", plan.Release.Key, p.Name, err)
	}
	return view, nil
}
