package syncer

import (
	"context"
	"time"
)

// Due lists the connections on a schedule whose last sync (of their
// provider and project) started longer ago than their interval.
func (s *Service) Due(ctx context.Context, now time.Time) ([]string, error) {
	conns, err := s.Connections.List(ctx)
	if err != nil {
		return nil, err
	}
	runs, err := s.Store.ListSyncs(ctx, 1000)
	if err != nil {
		return nil, err
	}
	var due []string
	for _, c := range conns {
		if c.SyncEveryMinutes <= 0 {
			continue
		}
		last := time.Time{}
		for _, r := range runs { // newest first
			if r.Provider == c.Provider && r.Project == c.Project {
				last = r.StartedAt
				break
			}
		}
		if now.Sub(last) >= time.Duration(c.SyncEveryMinutes)*time.Minute {
			due = append(due, c.Name)
		}
	}
	return due, nil
}

// RunSchedule syncs the connections that are due, checking every interval
// until ctx ends; obs hears about each sync. The desktop app runs it while
// it is open.
func (s *Service) RunSchedule(ctx context.Context, every time.Duration, obs Observer) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-ticker.C:
			due, err := s.Due(ctx, now)
			if err != nil {
				s.Log.Error("scheduled sync", "error", err)
				continue
			}
			for _, name := range due {
				if _, err := s.Sync(ctx, Request{Connection: name}, obs); err != nil {
					s.Log.Warn("scheduled sync failed", "connection", name, "error", err)
				}
			}
		}
	}
}
