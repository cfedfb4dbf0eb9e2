package main

import (
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/releases"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

var planFilter = FileFilter{Name: "Plan files (*.yaml, *.yml)", Pattern: "*.yaml;*.yml"}

// ListReleases lists every release with its active phase.
func (a *App) ListReleases() ([]vm.ReleaseSummary, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.ReleaseSummary, error) {
		return adaptAll(vm.FromReleaseSummary)(ws.Releases.List(a.ctx))
	})
}

// GetRelease loads one release with its links and phases.
func (a *App) GetRelease(key string) (vm.Plan, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Plan, error) {
		return adapt(vm.FromPlan)(ws.Releases.Get(a.ctx, key))
	})
}

// CreateRelease starts a release from the preset phases.
func (a *App) CreateRelease(r vm.NewRelease) (vm.Plan, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Plan, error) {
		return adapt(vm.FromPlan)(ws.Releases.Create(a.ctx, r.Release()))
	})
}

// LinkFlag links a flag to a release.
func (a *App) LinkFlag(release string, link vm.LinkDraft) (vm.Plan, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Plan, error) {
		return adapt(vm.FromPlan)(ws.Releases.Link(a.ctx, release, link.Link()))
	})
}

// UnlinkFlag removes a linked flag from a release.
func (a *App) UnlinkFlag(release string, link vm.LinkDraft) (vm.Plan, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Plan, error) {
		return adapt(vm.FromPlan)(ws.Releases.Unlink(a.ctx, release, link.Link()))
	})
}

// PlanYAML returns a release's plan file.
func (a *App) PlanYAML(release string) (string, error) {
	return serve(a, func(ws *workspace.Workspace) (string, error) {
		return adapt(func(b []byte) string { return string(b) })(ws.Releases.Export(a.ctx, release))
	})
}

// CheckPlanYAML lists the problems of a plan file being edited; none means
// it would save.
func (a *App) CheckPlanYAML(name, text string) []vm.Problem {
	return vm.List(vm.FromProblem)(releases.Check(name, text))
}

// SavePlanYAML saves a plan file edited in the app, audited as an edit.
func (a *App) SavePlanYAML(name, text string) (vm.Plan, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Plan, error) {
		return adapt(vm.FromPlan)(ws.Releases.Edit(a.ctx, name, []byte(text)))
	})
}

// PlanDraft returns a release's plan as the plan editor's form edits it.
func (a *App) PlanDraft(release string) (vm.PlanDraft, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.PlanDraft, error) {
		return adapt(vm.FromPlanDraft)(ws.Releases.Get(a.ctx, release))
	})
}

// ReadPlanDraft reads a plan file being edited into the form, or lists the
// problems that keep it from being read.
func (a *App) ReadPlanDraft(name, text string) vm.DraftRead {
	return vm.FromDraftRead(releases.Read(name, text))
}

// CheckPlanDraft renders the form's plan as its plan file, keeping the
// comments of base (the file it was last read from), and lists its
// problems by field.
func (a *App) CheckPlanDraft(draft vm.PlanDraft, base string) (vm.DraftCheck, error) {
	text, problems, err := releases.CheckDraft(draft.Plan(), base)
	if err != nil {
		return vm.DraftCheck{}, err
	}
	return vm.FromDraftCheck(text, problems), nil
}

// SavePlanDraft saves the form's plan, audited as an edit.
func (a *App) SavePlanDraft(draft vm.PlanDraft, base string) (vm.Plan, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Plan, error) {
		return adapt(vm.FromPlan)(ws.Releases.SaveDraft(a.ctx, draft.Plan(), base))
	})
}

// ImportPlanFile asks for a plan file and imports it. It returns the release
// key, or "" when the dialog was cancelled.
func (a *App) ImportPlanFile() (string, error) {
	return serve(a, func(ws *workspace.Workspace) (string, error) {
		path, err := a.rt.OpenDialog(OpenDialog{Title: "Import a release plan", Filter: planFilter})
		if err != nil || path == "" {
			return "", err
		}
		return adapt(func(p domain.Plan) string { return p.Release.Key })(ws.Releases.ImportFile(a.ctx, path))
	})
}

// ExportPlanFile asks where to save a release's plan file and writes it. It
// returns the path, or "" when the dialog was cancelled.
func (a *App) ExportPlanFile(release string) (string, error) {
	return a.saveAs(SaveDialog{Title: "Export the release plan", Filename: releases.FileName(release), Filter: planFilter},
		func(ws *workspace.Workspace, path string) error { return ws.Releases.ExportFile(a.ctx, release, path) })
}

// ReleaseHistory returns every linked flag's state history, for the
// release timeline.
func (a *App) ReleaseHistory(release string) ([]vm.LinkHistory, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.LinkHistory, error) {
		return adaptAll(vm.FromLinkHistory)(ws.Flags.ReleaseHistory(a.ctx, release))
	})
}
