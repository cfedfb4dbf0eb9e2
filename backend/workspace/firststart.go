package workspace

import (
	"context"
	"errors"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

const (
	settingDemoDeclined    = "demo.declined"
	settingTemplatesSeeded = "templates.seeded"
)

// firstStart installs the starter templates once (later starts bring the
// unedited ones up to date), and the demo when offered on an empty
// workspace whose user has not removed it before.
func (w *Workspace) firstStart(ctx context.Context, offerDemo bool) error {
	seeded, err := w.store.Setting(ctx, settingTemplatesSeeded)
	if err != nil {
		return err
	}
	if seeded == "" {
		if err := w.installStarterTemplates(ctx); err != nil {
			return err
		}
	} else if _, err := w.Comms.RefreshStarters(ctx); err != nil {
		return err
	}
	if !offerDemo {
		return nil
	}
	empty, err := w.store.Empty(ctx)
	if err != nil {
		return err
	}
	declined, err := w.store.Setting(ctx, settingDemoDeclined)
	if err != nil || !empty || declined != "" {
		return err
	}
	return w.LoadDemo(ctx)
}

// installStarterTemplates saves the starter templates as they are: they
// are known to render, and a first start has no releases to index.
func (w *Workspace) installStarterTemplates(ctx context.Context) error {
	templates, err := comms.Starter()
	if err != nil {
		return err
	}
	for _, t := range templates {
		if _, err := w.store.SaveTemplate(ctx, t); err != nil {
			return err
		}
	}
	return w.store.SetSetting(ctx, settingTemplatesSeeded, "true")
}

// LoadDemo seeds (or reseeds) the demo workspace, reads its flags'
// evaluation counts, re-judges drift and readiness, and indexes its support
// guides.
func (w *Workspace) LoadDemo(ctx context.Context) error {
	if err := demo.Load(ctx, w.store, w.now()); err != nil {
		return err
	}
	if err := w.store.SetSetting(ctx, settingDemoDeclined, ""); err != nil {
		return err
	}
	if err := w.Audit.Record(ctx, "demo.load", demo.ReleaseKey, "Loaded the demo workspace"); err != nil {
		return err
	}
	if err := w.Adoption.RefreshProject(ctx, provider.Demo, demo.Project); err != nil {
		return err
	}
	if _, err := w.judges.Recompute(ctx); err != nil {
		return err
	}
	return w.Support.Reindex(ctx)
}

// RemoveDemo deletes the demo, remembers not to offer it again, and drops
// its guides from the support index.
func (w *Workspace) RemoveDemo(ctx context.Context) error {
	if err := demo.Remove(ctx, w.store); err != nil {
		return err
	}
	if err := w.store.SetSetting(ctx, settingDemoDeclined, "true"); err != nil {
		return err
	}
	if err := w.Audit.Record(ctx, "demo.remove", demo.ReleaseKey, "Removed the demo workspace"); err != nil {
		return err
	}
	return w.Support.Reindex(ctx)
}

// DemoActive reports whether the demo release is present.
func (w *Workspace) DemoActive(ctx context.Context) (bool, error) {
	plan, err := w.store.GetPlan(ctx, demo.ReleaseKey)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	return err == nil && plan.Release.Demo, err
}
