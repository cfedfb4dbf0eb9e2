// Package releases keeps the release plans: creating a release from the
// preset phases, linking flags, and plan files (YAML) in and out. Every
// save goes through the plan file parser, so the app and the command line
// accept exactly the same plans; after it, drift is re-judged and the
// support index brought up to date.
package releases

import (
	"context"
	"fmt"
	"os"
	"slices"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/files"
	"rolloutdesk/backend/plan"
	"rolloutdesk/backend/store"
)

// ErrNotFound matches the error of a release that does not exist.
var ErrNotFound = store.ErrNotFound

// Store is the part of the workspace store releases use.
type Store interface {
	plan.Store
	ListReleases(ctx context.Context) ([]store.ReleaseSummary, error)
}

// Judge re-judges every release after a plan changes.
type Judge interface {
	Recompute(ctx context.Context) ([]drift.Change, error)
}

// Indexer brings the support search index up to date after a plan or
// template changes.
type Indexer interface {
	Reindex(ctx context.Context) error
}

// Service keeps the release plans.
type Service struct {
	Store Store
	Audit *audit.Log
	Drift Judge
	Index Indexer
}

// List lists every release with its active phase, newest first.
func (s *Service) List(ctx context.Context) ([]store.ReleaseSummary, error) {
	return s.Store.ListReleases(ctx)
}

// Get loads one release with its links and phases.
func (s *Service) Get(ctx context.Context, key string) (domain.Plan, error) {
	return s.Store.GetPlan(ctx, key)
}

// Create starts a release from the preset phases.
func (s *Service) Create(ctx context.Context, r domain.Release) (domain.Plan, error) {
	if _, err := s.Store.GetPlan(ctx, r.Key); err == nil {
		return domain.Plan{}, fmt.Errorf("a release with the key %q exists already; choose another key", r.Key)
	}
	return s.Save(ctx, domain.Plan{Release: r, Links: []domain.FlagLink{}, Phases: plan.Presets()})
}

// Link adds a linked flag to a release.
func (s *Service) Link(ctx context.Context, release string, link domain.FlagLink) (domain.Plan, error) {
	p, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return p, err
	}
	p.Links = append(p.Links, link)
	return s.Save(ctx, p)
}

// Unlink removes a linked flag, and its per-phase overrides, from a
// release.
func (s *Service) Unlink(ctx context.Context, release string, link domain.FlagLink) (domain.Plan, error) {
	p, err := s.Store.GetPlan(ctx, release)
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
	return s.Save(ctx, p)
}

// Save validates a plan exactly as an imported plan file would be and
// saves it; nothing is written when it is rejected.
func (s *Service) Save(ctx context.Context, p domain.Plan) (domain.Plan, error) {
	data, err := plan.Format(p)
	if err != nil {
		return p, err
	}
	return s.save(ctx, p.Release.Key+".yaml", data, "plan.save", "Saved release %s (%[3]d phases, %d flags)")
}

// Import reads a plan file and saves it, or rejects it with every problem
// as file:line: reason and writes nothing. The import is audited.
func (s *Service) Import(ctx context.Context, name string, data []byte) (domain.Plan, error) {
	return s.save(ctx, name, data, "plan.import", "Imported release %s from %s (%d phases, %d flags)")
}

// ImportFile reads and imports a plan file; problems are reported against
// path as given.
func (s *Service) ImportFile(ctx context.Context, path string) (domain.Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return domain.Plan{}, fmt.Errorf("read plan: %w", err)
	}
	return s.Import(ctx, path, data)
}

// save imports a plan file, audits it with a summary made from format
// (the release key, the file name, the phase and flag counts), then
// re-judges drift and updates the support index.
func (s *Service) save(ctx context.Context, name string, data []byte, action, format string) (domain.Plan, error) {
	p, err := plan.Import(ctx, s.Store, name, data)
	if err != nil {
		return p, err
	}
	if err := s.Audit.Record(ctx, action, p.Release.Key, fmt.Sprintf(format, p.Release.Key, name, len(p.Phases), len(p.Links))); err != nil {
		return p, err
	}
	if _, err := s.Drift.Recompute(ctx); err != nil {
		return p, err
	}
	return p, s.Index.Reindex(ctx)
}

// Check lists the problems of a plan file being edited; none (an empty
// list) means it would save.
func Check(name, text string) []plan.Problem {
	_, err := plan.Parse(name, []byte(text))
	if perr, ok := err.(*plan.Error); ok {
		return perr.Problems
	}
	if err != nil {
		return []plan.Problem{{Reason: err.Error()}}
	}
	return []plan.Problem{}
}

// Export renders a release as a plan file.
func (s *Service) Export(ctx context.Context, release string) ([]byte, error) {
	p, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	return plan.Format(p)
}

// ExportFile writes a release's plan file to path, replacing it
// atomically so it is never left half-written.
func (s *Service) ExportFile(ctx context.Context, release, path string) error {
	data, err := s.Export(ctx, release)
	if err != nil {
		return err
	}
	return files.WriteAtomic(path, data)
}

// FileName is the name a release's plan file is suggested under.
func FileName(release string) string { return release + ".yaml" }
