package workspace

import (
	"context"
	"fmt"
	"slices"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/plan"
)

// ImportPlan reads a plan file and saves it, or rejects it with every
// problem as file:line: reason and writes nothing. The import is audited and
// drift re-judged.
func (w *Workspace) ImportPlan(ctx context.Context, name string, data []byte) (domain.Plan, error) {
	return w.savePlanFile(ctx, name, data, "plan.import", "Imported release %s from %s (%d phases, %d flags)")
}

func (w *Workspace) savePlanFile(ctx context.Context, name string, data []byte, action, format string) (domain.Plan, error) {
	p, err := plan.Import(ctx, w.Store, name, data)
	if err != nil {
		return p, err
	}
	summary := fmt.Sprintf(format, p.Release.Key, name, len(p.Phases), len(p.Links))
	if err := w.Audit(ctx, action, p.Release.Key, summary); err != nil {
		return p, err
	}
	_, err = w.RecomputeDrift(ctx)
	return p, err
}

// ExportPlan renders a release as a plan file.
func (w *Workspace) ExportPlan(ctx context.Context, release string) ([]byte, error) {
	p, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	return plan.Format(p)
}

// SavePlan validates a plan exactly as an imported plan file would be and
// saves it; nothing is written when it is rejected.
func (w *Workspace) SavePlan(ctx context.Context, p domain.Plan) (domain.Plan, error) {
	data, err := plan.Format(p)
	if err != nil {
		return p, err
	}
	return w.savePlanFile(ctx, p.Release.Key+".yaml", data, "plan.save", "Saved release %s (%[3]d phases, %d flags)")
}

// CreateRelease starts a plan from the preset phases.
func (w *Workspace) CreateRelease(ctx context.Context, r domain.Release) (domain.Plan, error) {
	if _, err := w.Store.GetPlan(ctx, r.Key); err == nil {
		return domain.Plan{}, fmt.Errorf("a release with the key %q exists already; choose another key", r.Key)
	}
	return w.SavePlan(ctx, domain.Plan{Release: r, Links: []domain.FlagLink{}, Phases: plan.Presets()})
}

// LinkFlag adds a linked flag to a release.
func (w *Workspace) LinkFlag(ctx context.Context, release string, link domain.FlagLink) (domain.Plan, error) {
	p, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return p, err
	}
	p.Links = append(p.Links, link)
	return w.SavePlan(ctx, p)
}

// UnlinkFlag removes a linked flag, and its per-phase overrides, from a
// release.
func (w *Workspace) UnlinkFlag(ctx context.Context, release string, link domain.FlagLink) (domain.Plan, error) {
	p, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return p, err
	}
	same := func(l domain.FlagLink) bool {
		return l.Provider == link.Provider && l.Project == link.Project && l.Environment == link.Environment && l.FlagKey == link.FlagKey
	}
	p.Links = slices.DeleteFunc(p.Links, same)
	for i := range p.Phases {
		p.Phases[i].FlagExpects = slices.DeleteFunc(p.Phases[i].FlagExpects, func(fe domain.FlagExpectation) bool {
			return fe.FlagKey == link.FlagKey && fe.Environment == link.Environment
		})
	}
	return w.SavePlan(ctx, p)
}
