package communications

import (
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"slices"
	"strings"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/files"
)

// Calendar lists what goes out when for a release: one entry per stored
// template on the planned start day of each phase it applies to (see
// calendar.Build), sorted by date, with the audience the template renders
// for the phase. It is empty, not nil, when nothing is scheduled.
func (s *Service) Calendar(ctx context.Context, release string) ([]calendar.Entry, error) {
	_, entries, err := s.releaseCalendar(ctx, release)
	return entries, err
}

// releaseCalendar is a release's plan and calendar.
func (s *Service) releaseCalendar(ctx context.Context, release string) (domain.Plan, []calendar.Entry, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return plan, nil, err
	}
	templates, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return plan, nil, err
	}
	entries := calendar.Build(plan, templates)
	if entries == nil {
		return plan, []calendar.Entry{}, nil
	}
	return plan, entries, s.renderAudiences(ctx, plan, templates, entries)
}

// renderAudiences sets each entry's audience to the one its template
// renders for the phase, as a template's audience may be templated
// ("{{.Phase.Audience}}"). An entry whose template does not render gets
// the phase's audience, and the failure is logged.
func (s *Service) renderAudiences(ctx context.Context, plan domain.Plan, templates []domain.Template, entries []calendar.Entry) error {
	r, err := s.renderer(ctx, templates)
	if err != nil {
		return err
	}
	now := s.Now()
	for i, e := range entries {
		t := templates[slices.IndexFunc(templates, func(t domain.Template) bool { return t.Name == e.Template })]
		p := plan.Phases[slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Name == e.Phase })]
		rd, err := r.Render(t, comms.NewData(plan, p, now))
		if err != nil {
			s.Log.Warn("calendar entry shows the phase's audience", "release", plan.Release.Key, "error", err)
			rd.Audience = p.Audience
		}
		entries[i].Audience = rd.Audience
	}
	return nil
}

// ExportCalendarFile writes a release's calendar to path, replacing it
// atomically, as an iCalendar (.ics) file of all-day events. Each event
// keeps its UID across exports — derived from the release, phase and
// template, ending in the domain of the emails' sender (see Sender) — and
// its SEQUENCE goes up whenever the event changed since the last export
// (a phase moved, an audience changed), so importing the newer file moves
// the events rather than duplicating them.
func (s *Service) ExportCalendarFile(ctx context.Context, release, path string) error {
	plan, entries, err := s.releaseCalendar(ctx, release)
	if err != nil {
		return err
	}
	uidDomain, err := s.senderDomain(ctx)
	if err != nil {
		return err
	}
	last, err := s.Store.CalendarEvents(ctx, plan.Release.Key)
	if err != nil {
		return err
	}
	now := s.Now()
	events, exported, err := calendar.Revise(entries, uidDomain, last, now)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := calendar.WriteICS(&buf, plan.Release.Name+" communications", events, now); err != nil {
		return err
	}
	if err := files.WriteAtomic(path, buf.Bytes()); err != nil {
		return err
	}
	return s.Store.SaveCalendarEvents(ctx, exported)
}

// CalendarFileName is the name a release's calendar is suggested under.
func CalendarFileName(release string) string { return release + "-communications.ics" }

// senderDomain is the domain of the emails' sender address.
func (s *Service) senderDomain(ctx context.Context) (string, error) {
	from, err := s.Sender(ctx)
	if err != nil {
		return "", err
	}
	addr, err := mail.ParseAddress(from)
	if err != nil {
		return "", fmt.Errorf("sender %q: %w", from, err)
	}
	_, host, _ := strings.Cut(addr.Address, "@")
	return host, nil
}
