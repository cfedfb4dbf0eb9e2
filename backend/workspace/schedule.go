package workspace

import (
	"context"
	"time"
)

// DueConnections lists the connections on a schedule whose last sync (of
// their provider and project) started longer ago than their interval.
func (w *Workspace) DueConnections(ctx context.Context, now time.Time) ([]string, error) {
	conns, err := w.Store.ListConnections(ctx)
	if err != nil {
		return nil, err
	}
	runs, err := w.Store.ListSyncs(ctx, 1000)
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
