// Package communications keeps the communication templates and renders
// them for releases, using the pure rendering in backend/comms: previews
// while a template is edited, its variables, folders and zip bundles of a
// release's outputs, the communication calendar and what is due in a
// window, what a release's communications miss, the notices drafted when a
// kill switch is used or a phase is rolled back, and the email a test send
// delivers. The emails' sender is kept here too.
package communications

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/store"
)

// Store is the part of the workspace store communications use.
type Store interface {
	ListTemplates(ctx context.Context) ([]domain.Template, error)
	GetTemplate(ctx context.Context, name string) (domain.Template, error)
	SaveTemplate(ctx context.Context, t domain.Template) (int64, error)
	ListReleases(ctx context.Context) ([]store.ReleaseSummary, error)
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
	AddDrafts(ctx context.Context, drafts []domain.Draft) ([]domain.Draft, error)
	ListDrafts(ctx context.Context, release string) ([]domain.Draft, error)
	GetDraft(ctx context.Context, id int64) (domain.Draft, error)
	SetDraftState(ctx context.Context, id int64, state domain.DraftState, at time.Time) error
	CalendarEvents(ctx context.Context, release string) (map[string]store.CalendarEvent, error)
	SaveCalendarEvents(ctx context.Context, events []store.CalendarEvent) error
	ExportedDrafts(ctx context.Context, release string) ([]store.ExportedDraft, error)
	SaveExportedDrafts(ctx context.Context, drafts []store.ExportedDraft) error
}

// Indexer brings the support search index up to date after templates
// change.
type Indexer interface {
	Reindex(ctx context.Context) error
}

// Service keeps and renders the communication templates.
type Service struct {
	Store Store
	Audit *audit.Log
	Index Indexer
	Log   *slog.Logger
	Now   func() time.Time
}

// settingSender is the From address of rendered emails.
const settingSender = "comms.from"

// Sender is the From address of rendered emails: the saved one, else
// comms.DefaultSender.
func (s *Service) Sender(ctx context.Context) (string, error) {
	from, err := s.Store.Setting(ctx, settingSender)
	if err != nil || from != "" {
		return from, err
	}
	return comms.DefaultSender, nil
}

// SetSender saves the From address of rendered emails, such as
// "Releases <releases@example.com>"; "" restores the default.
func (s *Service) SetSender(ctx context.Context, from string) error {
	if from != "" {
		if _, err := mail.ParseAddress(from); err != nil {
			return fmt.Errorf("the email sender: %w", err)
		}
	}
	if err := s.Store.SetSetting(ctx, settingSender, from); err != nil {
		return err
	}
	return s.Audit.Record(ctx, "comms.sender", "", fmt.Sprintf("Set the email sender to %q", from))
}

// Templates lists the stored templates.
func (s *Service) Templates(ctx context.Context) ([]domain.Template, error) {
	return s.Store.ListTemplates(ctx)
}

// Renderer is a renderer of the stored templates, with the workspace's
// sender and clock, and the templates it holds.
func (s *Service) Renderer(ctx context.Context) (*comms.Renderer, []domain.Template, error) {
	stored, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return nil, nil, err
	}
	r, err := s.renderer(ctx, stored)
	return r, stored, err
}

// renderer is a renderer of templates with the workspace's sender and
// clock.
func (s *Service) renderer(ctx context.Context, templates []domain.Template) (*comms.Renderer, error) {
	return s.rendererAt(ctx, templates, s.Now)
}

// rendererAt is a renderer of templates with the workspace's sender and
// the clock now.
func (s *Service) rendererAt(ctx context.Context, templates []domain.Template, now func() time.Time) (*comms.Renderer, error) {
	from, err := s.Sender(ctx)
	if err != nil {
		return nil, err
	}
	return comms.NewRenderer(templates, comms.Config{From: from, Now: now})
}

// storedRenderer is a renderer of the stored templates, with each of t in
// place of the stored template of its name.
func (s *Service) storedRenderer(ctx context.Context, t ...domain.Template) (*comms.Renderer, error) {
	stored, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	return s.renderer(ctx, withTemplates(stored, t))
}

// withTemplates is set with each of add replacing the template of its name,
// or appended.
func withTemplates(set, add []domain.Template) []domain.Template {
	out := slices.Clone(set)
	for _, t := range add {
		i := slices.IndexFunc(out, func(s domain.Template) bool { return s.Name == t.Name })
		if i < 0 {
			out = append(out, t)
		} else {
			out[i] = t
		}
	}
	return out
}

// planPhase is a release's plan and the index of its phase named phase: its
// active phase, else its first, when phase is "".
func (s *Service) planPhase(ctx context.Context, release, phase string) (domain.Plan, int, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return plan, -1, err
	}
	p, err := plan.Phase(phase)
	if err != nil {
		return plan, -1, err
	}
	return plan, slices.IndexFunc(plan.Phases, func(q domain.Phase) bool { return q.Name == p.Name }), nil
}
