package status

import (
	"context"
	"fmt"
	"time"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/store"
)

// Store is the part of the workspace store status reads.
type Store interface {
	ListReleases(ctx context.Context) ([]store.ReleaseSummary, error)
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
}

// Verdicts judges a release's go/no-go now (see readiness.Service.Judge).
type Verdicts interface {
	Judge(ctx context.Context, release string, at time.Time) (readiness.Result, error)
}

// Calendars lists a release's communications by date (see
// communications.Service.Calendar).
type Calendars interface {
	Calendar(ctx context.Context, release string) ([]calendar.Entry, error)
}

// Service computes status lines.
type Service struct {
	Store     Store
	Readiness Verdicts
	Comms     Calendars
	Now       func() time.Time
}

// Line is the status line of one release.
func (s *Service) Line(ctx context.Context, release string) (Line, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return Line{}, fmt.Errorf("status of %s: %w", release, err)
	}
	return s.line(ctx, plan)
}

// Lines is the status line of every release, in the order releases are
// listed.
func (s *Service) Lines(ctx context.Context) ([]Line, error) {
	releases, err := s.Store.ListReleases(ctx)
	if err != nil {
		return nil, fmt.Errorf("status of every release: %w", err)
	}
	out := make([]Line, 0, len(releases))
	for _, r := range releases {
		l, err := s.Line(ctx, r.Key)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

func (s *Service) line(ctx context.Context, plan domain.Plan) (Line, error) {
	at := s.Now()
	key := plan.Release.Key
	verdict, err := s.Readiness.Judge(ctx, key, at)
	if err != nil {
		return Line{}, fmt.Errorf("status of %s: %w", key, err)
	}
	entries, err := s.Comms.Calendar(ctx, key)
	if err != nil {
		return Line{}, fmt.Errorf("status of %s: communications calendar: %w", key, err)
	}
	return Compute(Input{Plan: plan, Verdict: verdict, Calendar: entries, At: at}), nil
}
