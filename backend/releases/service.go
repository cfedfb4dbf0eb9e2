// Package releases keeps the release plans: creating a release from the
// preset phases, linking flags, and plan files (YAML) in and out. Every
// save goes through the plan file parser, so the app and the command line
// accept exactly the same plans; after it, drift is re-judged and the
// support index brought up to date.
package releases

import (
	"context"
	"errors"
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
	return s.save(ctx, p.Release.Key+".yaml", data, summarized("plan.save", "Saved release %s (%[3]d phases, %d flags)"))
}

// Import reads a plan file and saves it, or rejects it with every problem
// as file:line: reason and writes nothing. The import is audited.
func (s *Service) Import(ctx context.Context, name string, data []byte) (domain.Plan, error) {
	return s.save(ctx, name, data, summarized("plan.import", "Imported release %s from %s (%d phases, %d flags)"))
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

// Edit saves a plan file edited in the app, as text or in its form, or
// rejects it like Import. It is audited as an edit of the release: the
// summary names the fields that changed, and the event's before and after
// hold each changed field's old and new value, by field name.
func (s *Service) Edit(ctx context.Context, name string, data []byte) (domain.Plan, error) {
	return s.save(ctx, name, data, func(before *domain.Plan, p domain.Plan, _ string) (domain.AuditEvent, error) {
		was := domain.Plan{}
		if before != nil {
			was = *before
		}
		changes := Changes(was, p)
		old, now := map[string]string{}, map[string]string{}
		for _, c := range changes {
			old[c.Field], now[c.Field] = c.Before, c.After
		}
		b, err := audit.Snapshot(old)
		if err != nil {
			return domain.AuditEvent{}, err
		}
		a, err := audit.Snapshot(now)
		if err != nil {
			return domain.AuditEvent{}, err
		}
		return domain.AuditEvent{Action: "plan.edit", Summary: changeSummary(p.Release.Key, changes), Before: b, After: a}, nil
	})
}

// SaveDraft saves a plan edited in the app's form: it is written as a plan
// file, keeping the comments of base (the file the form was filled from,
// see plan.Render), and saved with Edit.
func (s *Service) SaveDraft(ctx context.Context, p domain.Plan, base string) (domain.Plan, error) {
	data, err := plan.Render(p, []byte(base))
	if err != nil {
		return p, err
	}
	return s.Edit(ctx, FileName(p.Release.Key), data)
}

// auditor makes the audit event of a save from the release as it was
// (nil when the save creates it), as it is now, and the file's name.
type auditor func(before *domain.Plan, p domain.Plan, name string) (domain.AuditEvent, error)

// summarized audits a save as action with a summary made from format (the
// release key, the file name, the phase and flag counts).
func summarized(action, format string) auditor {
	return func(_ *domain.Plan, p domain.Plan, name string) (domain.AuditEvent, error) {
		return domain.AuditEvent{Action: action, Summary: fmt.Sprintf(format, p.Release.Key, name, len(p.Phases), len(p.Links))}, nil
	}
}

// save imports a plan file, audits it with the event record makes, then
// re-judges drift and updates the support index.
func (s *Service) save(ctx context.Context, name string, data []byte, record auditor) (domain.Plan, error) {
	before, err := s.current(ctx, name, data)
	if err != nil {
		return domain.Plan{}, err
	}
	p, err := plan.Import(ctx, s.Store, name, data)
	if err != nil {
		return p, err
	}
	e, err := record(before, p, name)
	if err != nil {
		return p, err
	}
	e.Release = p.Release.Key
	if err := s.Audit.Append(ctx, e); err != nil {
		return p, err
	}
	if _, err := s.Drift.Recompute(ctx); err != nil {
		return p, err
	}
	return p, s.Index.Reindex(ctx)
}

// current loads the release a plan file would replace: nil when the file
// names a new release or does not parse (Import then reports it).
func (s *Service) current(ctx context.Context, name string, data []byte) (*domain.Plan, error) {
	p, err := plan.Parse(name, data)
	if err != nil {
		return nil, nil
	}
	switch old, err := s.Store.GetPlan(ctx, p.Release.Key); {
	case err == nil:
		return &old, nil
	case errors.Is(err, store.ErrNotFound):
		return nil, nil
	default:
		return nil, fmt.Errorf("save %s: %w", name, err)
	}
}

// Read parses a plan file being edited, for the editor's form: the plan,
// or every problem that keeps it from being read (then the plan is zero).
func Read(name, text string) (domain.Plan, []plan.Problem) {
	p, err := plan.Parse(name, []byte(text))
	if perr, ok := err.(*plan.Error); ok {
		return domain.Plan{}, perr.Problems
	}
	if err != nil {
		return domain.Plan{}, []plan.Problem{{Reason: err.Error()}}
	}
	return p, []plan.Problem{}
}

// Check lists the problems of a plan file being edited; none (an empty
// list) means it would save.
func Check(name, text string) []plan.Problem {
	_, problems := Read(name, text)
	return problems
}

// CheckDraft writes a plan edited in the app's form as its plan file,
// keeping the comments of base, and checks it as Import would: the file,
// and its problems each with the field of the form it is about.
func CheckDraft(p domain.Plan, base string) (string, []plan.FieldProblem, error) {
	data, err := plan.Render(p, []byte(base))
	if err != nil {
		return "", nil, err
	}
	return string(data), plan.Locate(data, Check(FileName(p.Release.Key), string(data))), nil
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
