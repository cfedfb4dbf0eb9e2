// Package flags reads the synced flag state: the latest state of every
// flag and the history of each, for the flags page, a flag's detail and a
// release's timeline, each measured against the variation being released
// (see ChooseReleased).
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
	AllReleaseLinks(ctx context.Context) ([]store.ReleaseLink, error)
	FlagChanges(ctx context.Context, id provider.ID) ([]domain.AuditEvent, error)
}

// Service reads flag state.
type Service struct {
	Store Store
}

// Flag is the latest stored state of a flag with its released variation
// and share.
type Flag struct {
	domain.StoredFlag
	Released Released `json:"released"`
}

// LinkHistory is one linked flag's state history, measured against the
// variation the link names.
type LinkHistory struct {
	Link   domain.FlagLink
	Points []Point
}

// List lists the latest stored state of every flag matching f, sorted by
// provider, project, environment and key, each with its released share.
func (s *Service) List(ctx context.Context, f Filter) ([]Flag, error) {
	latest, err := s.Store.LatestFlags(ctx, f)
	if err != nil {
		return nil, err
	}
	links, err := s.Store.AllReleaseLinks(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Flag, len(latest))
	for i, fl := range latest {
		out[i] = Flag{StoredFlag: fl, Released: ChooseReleased(fl.FlagState, links)}
	}
	return out, nil
}

// History returns every distinct state one flag has had, oldest first,
// each with the share of the variation released now (chosen from the
// latest state) and who changed it from the desk.
func (s *Service) History(ctx context.Context, id provider.ID) (History, error) {
	history, err := s.Store.History(ctx, id)
	if err != nil {
		return History{}, err
	}
	links, err := s.Store.AllReleaseLinks(ctx)
	if err != nil {
		return History{}, err
	}
	latest := provider.FlagState{Provider: id.Provider, Project: id.Project, Environment: id.Environment, Key: id.Key}
	if len(history) > 0 {
		latest = history[len(history)-1].State
	}
	released := ChooseReleased(latest, links)
	changes, err := s.Store.FlagChanges(ctx, id)
	if err != nil {
		return History{}, err
	}
	return History{Released: released, Points: points(history, released.Variation, changes)}, nil
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
		id := provider.ID{Provider: l.Provider, Project: l.Project, Environment: l.Environment, Key: l.FlagKey}
		history, err := s.Store.History(ctx, id)
		if err != nil {
			return nil, err
		}
		changes, err := s.Store.FlagChanges(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, LinkHistory{Link: l, Points: points(history, l.Variation, changes)})
	}
	return out, nil
}
