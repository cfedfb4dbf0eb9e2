// Package verdicts judges releases against the synced flag state, using
// the pure rules in backend/drift: it reads each release's plan and the
// latest state, keeps the verdicts, and audits every verdict that changes.
package verdicts

import (
	"context"
	"fmt"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// Store is the part of the workspace store verdicts use.
type Store interface {
	ListReleases(ctx context.Context) ([]store.ReleaseSummary, error)
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	LatestFlags(ctx context.Context, f store.FlagFilter) ([]domain.StoredFlag, error)
	DriftVerdicts(ctx context.Context, release string) (map[provider.ID]store.StoredVerdict, error)
	ReplaceDrift(ctx context.Context, release string, verdicts []store.StoredVerdict) error
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// Service judges releases and keeps their verdicts.
type Service struct {
	Store Store
	Audit *audit.Log
	Now   func() time.Time
}

// checker is who the audit log names for verdict changes.
const checker = "rolloutdesk (drift check)"

// Judger returns a function that evaluates plans against the latest synced
// state, read once however many plans it judges.
func (s *Service) Judger(ctx context.Context) (func(domain.Plan) drift.Report, error) {
	latest, err := s.Store.LatestFlags(ctx, store.FlagFilter{})
	if err != nil {
		return nil, err
	}
	staleAfter, err := s.StaleAfter(ctx)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	return func(plan domain.Plan) drift.Report { return drift.Evaluate(plan, latest, now, staleAfter) }, nil
}

// Report judges one release against the latest synced state.
func (s *Service) Report(ctx context.Context, release string) (drift.Report, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return drift.Report{}, err
	}
	judge, err := s.Judger(ctx)
	if err != nil {
		return drift.Report{}, err
	}
	return judge(plan), nil
}

// Reports judges every release, newest first.
func (s *Service) Reports(ctx context.Context) ([]drift.Report, error) {
	releases, err := s.Store.ListReleases(ctx)
	if err != nil {
		return nil, err
	}
	judge, err := s.Judger(ctx)
	if err != nil {
		return nil, err
	}
	reports := make([]drift.Report, 0, len(releases))
	for _, r := range releases {
		plan, err := s.Store.GetPlan(ctx, r.Key)
		if err != nil {
			return nil, err
		}
		reports = append(reports, judge(plan))
	}
	return reports, nil
}

// Recompute judges every release, keeps the verdicts, and audits each
// verdict that changed. It returns the changes.
func (s *Service) Recompute(ctx context.Context) ([]drift.Change, error) {
	reports, err := s.Reports(ctx)
	if err != nil {
		return nil, err
	}
	var changes []drift.Change
	for _, report := range reports {
		r := report.Release
		previous, err := s.Store.DriftVerdicts(ctx, r)
		if err != nil {
			return changes, err
		}
		current := make([]store.StoredVerdict, 0, len(report.Flags))
		for _, f := range report.Flags {
			id := provider.ID{Provider: f.Provider, Project: f.Project, Environment: f.Environment, Key: f.Key}
			before := previous[id]
			current = append(current, store.StoredVerdict{ID: id, Phase: report.Phase, Verdict: string(f.Verdict), Reason: f.Reason, UpdatedAt: s.Now()})
			if before.Verdict == string(f.Verdict) && before.Phase == report.Phase {
				continue
			}
			change := drift.Change{Release: r, Flag: f, Before: drift.Verdict(before.Verdict)}
			if err := s.audit(ctx, change); err != nil {
				return changes, err
			}
			changes = append(changes, change)
		}
		if err := s.Store.ReplaceDrift(ctx, r, current); err != nil {
			return changes, err
		}
	}
	return changes, nil
}

// audit records a verdict change with the verdicts before and after.
func (s *Service) audit(ctx context.Context, c drift.Change) error {
	before, err := jsonObject(map[string]string{"verdict": string(c.Before)})
	if err != nil {
		return err
	}
	after, err := jsonObject(map[string]string{"verdict": string(c.Flag.Verdict), "reason": c.Flag.Reason})
	if err != nil {
		return err
	}
	return s.Audit.Append(ctx, domain.AuditEvent{
		Actor: checker, Action: "drift.change", Release: c.Release,
		Subject: fmt.Sprintf("%s %s/%s %s", c.Flag.Provider, c.Flag.Project, c.Flag.Environment, c.Flag.Key),
		Summary: fmt.Sprintf("%s: %s", c.Flag.Key, c.Flag.Reason), Before: before, After: after,
	})
}
