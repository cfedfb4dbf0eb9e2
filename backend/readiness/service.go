package readiness

import (
	"context"
	"fmt"
	"maps"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/store"
)

// Store is the part of the workspace database readiness reads and writes.
type Store interface {
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	SavePlan(ctx context.Context, plan domain.Plan) (int64, error)
	ListReleases(ctx context.Context) ([]store.ReleaseSummary, error)
	MetricValues(ctx context.Context, release string) ([]store.MetricValue, error)
	SaveMetricValues(ctx context.Context, release string, values []metrics.Value, source string, at time.Time) (store.MetricsSaved, error)
	ReadinessVerdicts(ctx context.Context) (map[string]store.ReadinessRecord, error)
	SetReadinessVerdict(ctx context.Context, v store.ReadinessRecord, at time.Time) error
	AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error)
}

// DriftJudge returns a function that judges plans against the latest synced
// flag state, read once however many plans it judges.
type DriftJudge func(ctx context.Context) (func(domain.Plan) drift.Report, error)

// AdoptionSource reports what the providers observed of a release's linked
// flags; nil means adoption is not shown.
type AdoptionSource func(ctx context.Context, plan domain.Plan) ([]FlagAdoption, error)

// BuiltIn is a metric Rollout Desk computes itself (from feedback, from
// provider usage), which criteria check like imported ones.
type BuiltIn struct {
	// Names are the metrics it computes; imports may not use them.
	Names []string
	// From says what they are computed from, e.g. "customer feedback".
	From string
	// Values computes them for a release, by metric name, sorted by day.
	Values func(ctx context.Context, plan domain.Plan) (map[string][]metrics.Value, error)
}

// Service judges releases, keeps their metric values and criteria, and
// records every change of verdict in the audit log.
type Service struct {
	Store    Store
	Drift    DriftJudge
	Adoption AdoptionSource
	BuiltIns []BuiltIn
	Now      func() time.Time
	Actor    func() string
	// Changed, when set, hears every batch of verdict changes Recheck
	// records (the desktop app notifies about them). It must not block.
	Changed func([]Change)
}

// Change is a release whose verdict changed since it was last judged.
type Change struct {
	Release string  `json:"release"`
	Phase   string  `json:"phase"`
	Before  Verdict `json:"before"` // "" the first time the release is judged
	After   Verdict `json:"after"`
	Summary string  `json:"summary"`
}

// Judge gives one release its verdict at at (the zero time means now).
func (s *Service) Judge(ctx context.Context, release string, at time.Time) (Result, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return Result{}, fmt.Errorf("readiness of %s: %w", release, err)
	}
	judge, err := s.Drift(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("readiness of %s: %w", release, err)
	}
	return s.judgePlan(ctx, plan, judge, at)
}

// JudgeAll gives every release its verdict now, in the order releases are
// listed.
func (s *Service) JudgeAll(ctx context.Context) ([]Result, error) {
	releases, err := s.Store.ListReleases(ctx)
	if err != nil {
		return nil, err
	}
	judge, err := s.Drift(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Result, 0, len(releases))
	for _, r := range releases {
		plan, err := s.Store.GetPlan(ctx, r.Key)
		if err != nil {
			return nil, err
		}
		res, err := s.judgePlan(ctx, plan, judge, time.Time{})
		if err != nil {
			return nil, err
		}
		out = append(out, res)
	}
	return out, nil
}

func (s *Service) judgePlan(ctx context.Context, plan domain.Plan, judge func(domain.Plan) drift.Report, at time.Time) (Result, error) {
	if at.IsZero() {
		at = s.Now()
	}
	values, err := s.Store.MetricValues(ctx, plan.Release.Key)
	if err != nil {
		return Result{}, err
	}
	in := Input{Plan: plan, Drift: judge(plan), Metrics: bySeries(values), At: at}
	for _, b := range s.BuiltIns {
		computed, err := b.Values(ctx, plan)
		if err != nil {
			return Result{}, fmt.Errorf("readiness of %s: %w", plan.Release.Key, err)
		}
		maps.Copy(in.Metrics, computed)
	}
	if s.Adoption != nil {
		if in.Adoption, err = s.Adoption(ctx, plan); err != nil {
			return Result{}, fmt.Errorf("adoption of %s: %w", plan.Release.Key, err)
		}
	}
	return Judge(in), nil
}

// bySeries groups stored values by metric, keeping their order by day.
func bySeries(values []store.MetricValue) map[string][]metrics.Value {
	out := map[string][]metrics.Value{}
	for _, v := range values {
		out[v.Metric] = append(out[v.Metric], v.Value)
	}
	return out
}

// Recheck judges every release now and records, audits and returns the
// verdicts that changed since the last check.
func (s *Service) Recheck(ctx context.Context) ([]Change, error) {
	results, err := s.JudgeAll(ctx)
	if err != nil {
		return nil, err
	}
	known, err := s.Store.ReadinessVerdicts(ctx)
	if err != nil {
		return nil, err
	}
	changes := []Change{}
	now := s.Now()
	for _, r := range results {
		before, seen := known[r.Release]
		if seen && before.Verdict == string(r.Verdict) && before.Phase == r.Phase {
			continue
		}
		c := Change{Release: r.Release, Phase: r.Phase, Before: Verdict(before.Verdict), After: r.Verdict, Summary: r.Summary()}
		if err := s.Store.SetReadinessVerdict(ctx, store.ReadinessRecord{Release: r.Release, Phase: r.Phase, Verdict: string(r.Verdict), Summary: c.Summary}, now); err != nil {
			return nil, err
		}
		if err := s.audit(ctx, "readiness.change", r.Release, r.Phase, changeSentence(c)); err != nil {
			return nil, err
		}
		changes = append(changes, c)
	}
	if len(changes) > 0 && s.Changed != nil {
		s.Changed(changes)
	}
	return changes, nil
}

// changeSentence words a verdict change for the audit log.
func changeSentence(c Change) string {
	phase := c.Phase
	if phase == "" {
		phase = "before the first phase"
	}
	if c.Before == "" {
		return fmt.Sprintf("Readiness of %s (%s): %s", c.Release, phase, c.Summary)
	}
	return fmt.Sprintf("Readiness of %s (%s) changed from %s to %s", c.Release, phase, c.Before, c.Summary)
}

func (s *Service) audit(ctx context.Context, action, release, subject, summary string) error {
	_, err := s.Store.AppendAudit(ctx, domain.AuditEvent{At: s.Now(), Actor: s.Actor(), Action: action,
		Release: release, Subject: subject, Summary: summary})
	return err
}
