package communications

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
)

// Change is a phase communication whose text changed since it was last
// exported — the plan's dates moved, an audience or a template changed —
// so marketing sees exactly what to send again.
type Change struct {
	Release    string         `json:"release"`
	Phase      string         `json:"phase"`
	Template   string         `json:"template"`
	Channel    domain.Channel `json:"channel"`
	ExportedAt time.Time      `json:"exported_at"`
	// Gone says the template no longer goes out with the phase: the phase
	// was renamed or removed, or the template no longer applies to it.
	Gone bool `json:"gone"`
	// Diff is a line diff (see comms.LineDiff) of the subject or title and
	// the body, from what was exported to what renders now.
	Diff string `json:"diff"`
}

// rememberExport keeps the text of the phase communications of release
// just exported, so Changes can compare against it.
func (s *Service) rememberExport(ctx context.Context, release string, outputs []comms.Output) error {
	now := s.Now()
	var exported []store.ExportedDraft
	for _, o := range outputs {
		if o.Ext == "md" {
			exported = append(exported, store.ExportedDraft{Release: release, Phase: o.Phase, Template: o.Template, Channel: o.Channel,
				Title: o.Title, Markdown: o.Content, ExportedAt: now})
		}
	}
	if err := s.Store.SaveExportedDrafts(ctx, exported); err != nil {
		return err
	}
	return s.auditExport(ctx, release, outputs)
}

// auditExport records, per phase, which communications were exported, so
// the audit log and the rollout report show what went out.
func (s *Service) auditExport(ctx context.Context, release string, outputs []comms.Output) error {
	var phases []string
	titles := map[string][]string{}
	for _, o := range outputs {
		if o.Ext != "md" {
			continue
		}
		if _, seen := titles[o.Phase]; !seen {
			phases = append(phases, o.Phase)
		}
		titles[o.Phase] = append(titles[o.Phase], o.Title)
	}
	for _, phase := range phases {
		summary := fmt.Sprintf("Exported %d communications of %s: %s", len(titles[phase]), phase, strings.Join(titles[phase], "; "))
		if err := s.Audit.Append(ctx, domain.AuditEvent{Action: "comms.export", Release: release, Subject: phase, Summary: summary}); err != nil {
			return err
		}
	}
	return nil
}

// Changes lists the phase communications of a release whose text changed
// since they were last exported (as a folder or a bundle), in plan order,
// each with a diff. Each is rendered as of the day it was exported, so
// {{.Today}} alone changes nothing. It is empty, not nil, when nothing
// changed or nothing was exported.
func (s *Service) Changes(ctx context.Context, release string) ([]Change, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	exported, err := s.Store.ExportedDrafts(ctx, plan.Release.Key)
	if err != nil {
		return nil, err
	}
	stored, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	now := map[time.Time][]comms.Output{} // what renders now, by export time
	changes := []Change{}
	for _, e := range exported {
		outputs, ok := now[e.ExportedAt]
		if !ok {
			r, err := s.rendererAt(ctx, stored, func() time.Time { return e.ExportedAt })
			if err != nil {
				return nil, err
			}
			if outputs, err = r.RenderPlan(plan, ""); err != nil {
				return nil, err
			}
			now[e.ExportedAt] = outputs
		}
		c := Change{Release: e.Release, Phase: e.Phase, Template: e.Template, Channel: e.Channel, ExportedAt: e.ExportedAt}
		before, after := draftText(e.Title, e.Markdown), ""
		i := slices.IndexFunc(outputs, func(o comms.Output) bool { return o.Ext == "md" && o.Phase == e.Phase && o.Template == e.Template })
		if i < 0 {
			c.Gone = true
		} else {
			after = draftText(outputs[i].Title, outputs[i].Content)
		}
		if c.Diff = comms.LineDiff(before, after); c.Diff != "" {
			changes = append(changes, c)
		}
	}
	order := func(phase string) int {
		return slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Name == phase })
	}
	slices.SortStableFunc(changes, func(a, b Change) int {
		return cmp.Or(cmp.Compare(order(a.Phase), order(b.Phase)), cmp.Compare(a.Template, b.Template))
	})
	return changes, nil
}

// draftText is what a communication says: its subject or title, then its
// body.
func draftText(title, markdown string) string { return title + "\n\n" + markdown }
