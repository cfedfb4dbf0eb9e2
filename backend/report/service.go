package report

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/feedback"
	"rolloutdesk/backend/files"
	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/store"
)

// Store is the part of the workspace database a report reads.
type Store interface {
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	MetricValues(ctx context.Context, release string) ([]store.MetricValue, error)
	ListAudit(ctx context.Context, f domain.AuditFilter) ([]domain.AuditEvent, error)
	ReportNotes(ctx context.Context, release string) (string, error)
	SetReportNotes(ctx context.Context, release, notes string, at time.Time) error
	AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error)
}

// Feedback is the part of the feedback service a report reads.
type Feedback interface {
	Summary(ctx context.Context, release string) ([]feedback.Counts, error)
	List(ctx context.Context, f store.FeedbackFilter, phase string) ([]feedback.Listed, error)
}

// Service gathers and writes rollout reports.
type Service struct {
	Store    Store
	Feedback Feedback
	BuiltIns []readiness.BuiltIn
	Adoption readiness.AdoptionSource
	Now      func() time.Time
	Actor    func() string
}

// quotesPerPhase is how many feedback quotes a phase shows.
const quotesPerPhase = 5

// eventActions are the audit actions the report's timeline lists, by prefix.
var eventActions = []string{"drift.change", "flag.", "phase.", "readiness.change"}

// Build gathers a release's report as of at (the zero time means now).
func (s *Service) Build(ctx context.Context, release string, at time.Time) (Data, error) {
	now := s.Now()
	if at.IsZero() {
		at = now
	}
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return Data{}, fmt.Errorf("report of %s: %w", release, err)
	}
	d := Data{Release: plan.Release, At: at, GeneratedAt: now}
	values, err := s.metricValues(ctx, plan)
	if err != nil {
		return Data{}, err
	}
	for _, p := range plan.Phases {
		phase := Phase{Phase: p, Started: started(p, at), Criteria: []readiness.Reason{}}
		if phase.Started {
			phase.Criteria = readiness.PhaseCriteria(p, values, at)
		}
		if phase.Quotes, err = s.quotes(ctx, release, p.Name); err != nil {
			return Data{}, err
		}
		d.Phases = append(d.Phases, phase)
	}
	d.Metrics = series(plan, values)
	if s.Adoption != nil {
		if d.Adoption, err = s.Adoption(ctx, plan); err != nil {
			return Data{}, err
		}
	}
	if d.Events, d.Communications, err = s.history(ctx, release, at); err != nil {
		return Data{}, err
	}
	if d.Feedback, err = s.Feedback.Summary(ctx, release); err != nil {
		return Data{}, err
	}
	d.Notes, err = s.Store.ReportNotes(ctx, release)
	return d, err
}

// started reports whether a phase had begun by at: it started before then,
// or, for a phase whose start was not recorded (set by a plan file), its
// status says it has run.
func started(p domain.Phase, at time.Time) bool {
	if p.StartedAt != nil {
		return !p.StartedAt.After(at)
	}
	return p.Status != domain.PhasePlanned
}

// SaveNotes replaces the release manager's notes for the report.
func (s *Service) SaveNotes(ctx context.Context, release, notes string) error {
	if _, err := s.Store.GetPlan(ctx, release); err != nil {
		return fmt.Errorf("report notes of %s: %w", release, err)
	}
	if err := s.Store.SetReportNotes(ctx, release, strings.TrimSpace(notes), s.Now()); err != nil {
		return err
	}
	_, err := s.Store.AppendAudit(ctx, domain.AuditEvent{At: s.Now(), Actor: s.Actor(), Action: "report.notes", Release: release,
		Summary: "Edited the rollout report's notes"})
	return err
}

// metricValues are the release's imported and built-in metrics by name.
func (s *Service) metricValues(ctx context.Context, plan domain.Plan) (map[string][]metrics.Value, error) {
	stored, err := s.Store.MetricValues(ctx, plan.Release.Key)
	if err != nil {
		return nil, err
	}
	out := map[string][]metrics.Value{}
	for _, v := range stored {
		out[v.Metric] = append(out[v.Metric], v.Value)
	}
	for _, b := range s.BuiltIns {
		computed, err := b.Values(ctx, plan)
		if err != nil {
			return nil, fmt.Errorf("report of %s: %w", plan.Release.Key, err)
		}
		maps.Copy(out, computed)
	}
	return out, nil
}

// quotes picks a phase's representative feedback: negative first, then
// neutral, then positive, newest first within each.
func (s *Service) quotes(ctx context.Context, release, phase string) ([]feedback.Listed, error) {
	listed, err := s.Feedback.List(ctx, store.FeedbackFilter{Release: release}, phase)
	if err != nil {
		return nil, err
	}
	rank := map[domain.Sentiment]int{domain.Negative: 0, domain.Neutral: 1, domain.Positive: 2}
	slices.SortStableFunc(listed, func(a, b feedback.Listed) int { return rank[a.Sentiment] - rank[b.Sentiment] })
	return listed[:min(len(listed), quotesPerPhase)], nil
}

// history splits the release's audit log up to at into the timeline's events
// and its communications, oldest first.
func (s *Service) history(ctx context.Context, release string, at time.Time) (events, comms []domain.AuditEvent, err error) {
	all, err := s.Store.ListAudit(ctx, domain.AuditFilter{Release: release, Limit: 10_000})
	if err != nil {
		return nil, nil, err
	}
	events, comms = []domain.AuditEvent{}, []domain.AuditEvent{}
	for _, e := range slices.Backward(all) {
		switch {
		case e.At.After(at):
		case strings.HasPrefix(e.Action, "comms."):
			comms = append(comms, e)
		case slices.ContainsFunc(eventActions, func(prefix string) bool { return strings.HasPrefix(e.Action, prefix) }):
			events = append(events, e)
		}
	}
	return events, comms, nil
}

// series lists every metric with the thresholds the plan's criteria set and
// the spans of the phases that ran.
func series(plan domain.Plan, values map[string][]metrics.Value) []Series {
	var spans []PhaseSpan
	for _, p := range plan.Phases {
		if p.StartedAt != nil {
			end := time.Time{}
			if p.EndedAt != nil {
				end = *p.EndedAt
			}
			spans = append(spans, PhaseSpan{Name: p.Name, From: *p.StartedAt, To: end})
		}
	}
	out := []Series{}
	for _, name := range slices.Sorted(maps.Keys(values)) {
		s := Series{Metric: name, Points: []Point{}, Thresholds: []Threshold{}, Phases: spans}
		for _, v := range values[name] {
			s.Points = append(s.Points, Point{Day: v.Day, Value: v.Value})
		}
		for _, p := range plan.Phases {
			for _, c := range append(slices.Clone(p.Entry), p.Exit...) {
				if c.Check != nil && c.Check.Metric == name {
					s.Thresholds = append(s.Thresholds, Threshold{Phase: p.Name, Op: c.Check.Op, Value: c.Check.Threshold})
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// Notes returns the release manager's notes for the report.
func (s *Service) Notes(ctx context.Context, release string) (string, error) {
	return s.Store.ReportNotes(ctx, release)
}

// HTML builds a release's report now and writes it as one HTML page.
func (s *Service) HTML(ctx context.Context, release string) (string, error) {
	d, err := s.Build(ctx, release, time.Time{})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := WriteHTML(&b, d); err != nil {
		return "", err
	}
	return b.String(), nil
}

// SaveHTML writes a release's report as of now to path, as one HTML page.
func (s *Service) SaveHTML(ctx context.Context, release, path string) error {
	page, err := s.HTML(ctx, release)
	if err != nil {
		return err
	}
	return files.WriteAtomic(path, []byte(page))
}

// SaveMarkdown writes a release's report as of now to path as Markdown,
// with its charts in a charts folder beside it.
func (s *Service) SaveMarkdown(ctx context.Context, release, path string) error {
	d, err := s.Build(ctx, release, time.Time{})
	if err != nil {
		return err
	}
	md, charts := Markdown(d)
	return writeMarkdown(path, md, charts)
}
