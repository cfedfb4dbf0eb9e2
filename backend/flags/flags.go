// Package flags reads the synced flag state: the latest state of every
// flag and the history of each, for the flags page, a flag's detail and a
// release's timeline.
package flags

import (
	"context"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// Filter narrows List. Empty fields match everything.
type Filter = store.FlagFilter

// Store is the part of the workspace store flags read.
type Store interface {
	LatestFlags(ctx context.Context, f store.FlagFilter) ([]domain.StoredFlag, error)
	History(ctx context.Context, id provider.ID) ([]domain.HistoryPoint, error)
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
}

// Service reads flag state.
type Service struct {
	Store Store
}

// LinkHistory is one linked flag's state history.
type LinkHistory struct {
	Link   domain.FlagLink
	Points []domain.HistoryPoint
}

// List lists the latest stored state of every flag matching f, sorted by
// provider, project, environment and key.
func (s *Service) List(ctx context.Context, f Filter) ([]domain.StoredFlag, error) {
	return s.Store.LatestFlags(ctx, f)
}

// History returns every distinct state one flag has had.
func (s *Service) History(ctx context.Context, id provider.ID) ([]domain.HistoryPoint, error) {
	return s.Store.History(ctx, id)
}

// ReleaseHistory returns the state history of every flag linked to a
// release, in the order of its links.
func (s *Service) ReleaseHistory(ctx context.Context, release string) ([]LinkHistory, error) {
	p, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	out := make([]LinkHistory, 0, len(p.Links))
	for _, l := range p.Links {
		points, err := s.Store.History(ctx, provider.ID{Provider: l.Provider, Project: l.Project, Environment: l.Environment, Key: l.FlagKey})
		if err != nil {
			return nil, err
		}
		out = append(out, LinkHistory{Link: l, Points: points})
	}
	return out, nil
}
