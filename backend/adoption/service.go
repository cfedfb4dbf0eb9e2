package adoption

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/store"
)

// Built-in metric names computed from provider usage, per day, over the
// release's linked flags.
const (
	MetricEvaluations   = "evaluations"    // evaluations of the linked flags
	MetricReleasedShare = "released_share" // percent of them served the released variation
)

// Store is the part of the workspace database adoption reads and writes.
type Store interface {
	SaveUsage(ctx context.Context, id provider.ID, days []provider.UsageDay) error
	Usage(ctx context.Context, id provider.ID, since time.Time) ([]provider.UsageDay, error)
	LatestFlags(ctx context.Context, f store.FlagFilter) ([]domain.StoredFlag, error)
	ListReleases(ctx context.Context) ([]store.ReleaseSummary, error)
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
}

// ReaderFor returns the usage reader of a linked flag's provider account, or
// an error wrapping provider.ErrUsageUnavailable when it has none.
type ReaderFor func(ctx context.Context, link domain.FlagLink) (provider.UsageReader, error)

// Service keeps and interprets provider usage.
type Service struct {
	Store  Store
	Reader ReaderFor
	Now    func() time.Time
	// Window is how many days of usage an adoption signal looks at; 7 when
	// zero.
	Window int
	// unavailable remembers, per linked flag, why the last refresh in this
	// process found no usage, so the UI says so instead of showing zeros.
	mu          sync.Mutex
	unavailable map[provider.ID]string
}

// refreshDays is how far back a refresh asks: the providers keep 30 days.
const refreshDays = 30

// Refresh reads the last 30 days of usage of every flag the plan links and
// stores it. A provider without usage data is remembered as such, not an
// error; any other failure is returned after the other flags were read.
func (s *Service) Refresh(ctx context.Context, plan domain.Plan) error {
	to := day(s.Now()).AddDate(0, 0, 1)
	from := to.AddDate(0, 0, -refreshDays)
	var errs []error
	for _, link := range plan.Links {
		id := linkID(link)
		err := s.refreshLink(ctx, link, id, from, to)
		switch {
		case errors.Is(err, provider.ErrUsageUnavailable):
			s.remember(id, err.Error())
		case err != nil:
			errs = append(errs, fmt.Errorf("usage of %s in %s: %w", link.FlagKey, link.Environment, err))
		default:
			s.remember(id, "")
		}
	}
	return errors.Join(errs...)
}

// RefreshProject refreshes the usage of the flags releases link in one
// provider project — the one a sync just read — each flag once however many
// releases link it.
func (s *Service) RefreshProject(ctx context.Context, providerName, project string) error {
	releases, err := s.Store.ListReleases(ctx)
	if err != nil {
		return err
	}
	seen := map[provider.ID]bool{}
	linked := domain.Plan{}
	for _, r := range releases {
		plan, err := s.Store.GetPlan(ctx, r.Key)
		if err != nil {
			return err
		}
		for _, l := range plan.Links {
			if id := linkID(l); l.Provider == providerName && l.Project == project && !seen[id] {
				seen[id] = true
				linked.Links = append(linked.Links, l)
			}
		}
	}
	return s.Refresh(ctx, linked)
}

func (s *Service) refreshLink(ctx context.Context, link domain.FlagLink, id provider.ID, from, to time.Time) error {
	reader, err := s.Reader(ctx, link)
	if err != nil {
		return err
	}
	days, err := reader.EvaluationUsage(ctx, link.Project, link.Environment, link.FlagKey, from, to)
	if err != nil {
		return err
	}
	return s.Store.SaveUsage(ctx, id, days)
}

func (s *Service) remember(id provider.ID, why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.unavailable == nil {
		s.unavailable = map[provider.ID]string{}
	}
	if why == "" {
		delete(s.unavailable, id)
		return
	}
	s.unavailable[id] = why
}

// Flags reports each linked flag's adoption over the last Window days, but
// not before the active phase began: the share of evaluations served the
// released variation beside the share configured (its effective exposure
// in the last sync).
func (s *Service) Flags(ctx context.Context, plan domain.Plan) ([]readiness.FlagAdoption, error) {
	window := s.window()
	since := day(s.Now()).AddDate(0, 0, 1-window)
	// Counts from before the active phase began describe another
	// configuration: "configured 5%" must be compared with this phase's
	// traffic only.
	if start := phaseStart(plan); start.After(since) {
		since = start
		window = int(day(s.Now()).Sub(since).Hours()/24) + 1
	}
	out := []readiness.FlagAdoption{}
	for _, link := range plan.Links {
		id := linkID(link)
		a := readiness.FlagAdoption{Key: link.FlagKey, Environment: link.Environment, Provider: link.Provider, Days: window}
		latest, err := s.Store.LatestFlags(ctx, store.FlagFilter{Provider: id.Provider, Project: id.Project, Environment: id.Environment})
		if err != nil {
			return nil, err
		}
		if i := slices.IndexFunc(latest, func(f domain.StoredFlag) bool { return f.Key == link.FlagKey }); i >= 0 && latest[i].On {
			a.Configured = latest[i].EffectiveExposure(link.Variation)
		}
		if why := s.unavailableFor(id); why != "" {
			a.Unavailable = why
			out = append(out, a)
			continue
		}
		usage, err := s.Store.Usage(ctx, id, since)
		if err != nil {
			return nil, err
		}
		if len(usage) == 0 {
			a.Unavailable = noUsage(link.Provider)
		}
		released, total := count(usage, link.Variation)
		a.Evaluations = total
		if total > 0 {
			a.ObservedShare = 100 * float64(released) / float64(total)
		}
		out = append(out, a)
	}
	return out, nil
}

func (s *Service) unavailableFor(id provider.ID) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unavailable[id]
}

// noUsage says why a flag has no stored usage at all.
func noUsage(providerName string) string {
	switch providerName {
	case provider.Split:
		return "Split's Admin API has no evaluation counts"
	case provider.LaunchDarkly:
		return "No evaluation counts read yet: they are read from LaunchDarkly after each sync of the flag's connection"
	}
	return "This provider reports no evaluation counts"
}

// Metrics computes the built-in usage metrics of a release: per day, the
// evaluations of its linked flags and the percent of them served their
// released variation.
func (s *Service) Metrics(ctx context.Context, plan domain.Plan) (map[string][]metrics.Value, error) {
	tally := metrics.Tally{}
	for _, link := range plan.Links {
		usage, err := s.Store.Usage(ctx, linkID(link), time.Time{})
		if err != nil {
			return nil, err
		}
		for _, u := range usage {
			var released int64
			if u.Variation == link.Variation {
				released = u.Evaluations
			}
			tally.Add(u.Day, released, u.Evaluations)
		}
	}
	return tally.Series(MetricEvaluations, true, MetricReleasedShare), nil
}

// BuiltIn is the usage metrics as readiness sees them.
func (s *Service) BuiltIn() readiness.BuiltIn {
	return readiness.BuiltIn{Names: []string{MetricEvaluations, MetricReleasedShare}, From: "the providers' evaluation counts", Values: s.Metrics}
}

// phaseStart is the day the plan's active phase started (actually, else as
// planned); the zero time when no phase is active.
func phaseStart(plan domain.Plan) time.Time {
	p := plan.ActivePhase()
	switch {
	case p == nil:
		return time.Time{}
	case p.StartedAt != nil:
		return day(*p.StartedAt)
	case p.PlannedStart != nil:
		return day(*p.PlannedStart)
	}
	return time.Time{}
}

func (s *Service) window() int {
	if s.Window <= 0 {
		return 7
	}
	return s.Window
}

// count sums the evaluations that served variation and all of them.
func count(usage []provider.UsageDay, variation string) (released, total int64) {
	for _, u := range usage {
		total += u.Evaluations
		if u.Variation == variation {
			released += u.Evaluations
		}
	}
	return released, total
}

func linkID(l domain.FlagLink) provider.ID {
	return provider.ID{Provider: l.Provider, Project: l.Project, Environment: l.Environment, Key: l.FlagKey}
}

func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// ReleaseFlags is Flags for the release with key release.
func (s *Service) ReleaseFlags(ctx context.Context, release string) ([]readiness.FlagAdoption, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, fmt.Errorf("adoption of %s: %w", release, err)
	}
	return s.Flags(ctx, plan)
}

// FlagUsage is one flag's stored daily evaluations over the last 30 days,
// or, when there are none, why not (Note).
type FlagUsage struct {
	Days []provider.UsageDay
	Note string
}

// Usage returns a flag's stored evaluation counts for the flag page.
func (s *Service) Usage(ctx context.Context, id provider.ID) (FlagUsage, error) {
	days, err := s.Store.Usage(ctx, id, day(s.Now()).AddDate(0, 0, 1-refreshDays))
	if err != nil {
		return FlagUsage{}, err
	}
	u := FlagUsage{Days: days}
	if why := s.unavailableFor(id); why != "" {
		u.Note = why
	} else if len(days) == 0 {
		u.Note = noUsage(id.Provider) + " (counts are read for flags linked to a release)"
	}
	return u, nil
}
