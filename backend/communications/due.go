package communications

import (
	"context"

	"rolloutdesk/backend/calendar"
)

// Due lists what goes out in window w for a release: the entries of its
// calendar (see Calendar) dated in it, by date.
func (s *Service) Due(ctx context.Context, release string, w calendar.Window) ([]calendar.Entry, error) {
	entries, err := s.Calendar(ctx, release)
	if err != nil {
		return nil, err
	}
	return w.Due(entries), nil
}

// DueAll lists what goes out in window w across every release, by date,
// then release: the "this week, next week" view.
func (s *Service) DueAll(ctx context.Context, w calendar.Window) ([]calendar.Entry, error) {
	releases, err := s.Store.ListReleases(ctx)
	if err != nil {
		return nil, err
	}
	var all []calendar.Entry
	for _, r := range releases {
		entries, err := s.Calendar(ctx, r.Key)
		if err != nil {
			return nil, err
		}
		all = append(all, entries...)
	}
	return w.Due(all), nil
}
