package workspace

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/mail"
	"slices"
	"strings"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// Calendar lists what goes out when for a release: one entry per stored
// template on the planned start day of each phase it applies to (see
// calendar.Build), sorted by date, with the audience the template renders
// for the phase. It is empty, not nil, when nothing is scheduled.
func (w *Workspace) Calendar(ctx context.Context, release string) ([]calendar.Entry, error) {
	_, entries, err := w.releaseCalendar(ctx, release)
	return entries, err
}

// releaseCalendar is a release's plan and calendar.
func (w *Workspace) releaseCalendar(ctx context.Context, release string) (domain.Plan, []calendar.Entry, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return plan, nil, err
	}
	templates, err := w.Store.ListTemplates(ctx)
	if err != nil {
		return plan, nil, err
	}
	entries := calendar.Build(plan, templates)
	if entries == nil {
		return plan, []calendar.Entry{}, nil
	}
	return plan, entries, w.renderAudiences(ctx, plan, templates, entries)
}

// renderAudiences sets each entry's audience to the one its template
// renders for the phase, as a template's audience may be templated
// ("{{.Phase.Audience}}"). An entry whose template does not render gets
// the phase's audience, and the failure is logged.
func (w *Workspace) renderAudiences(ctx context.Context, plan domain.Plan, templates []domain.Template, entries []calendar.Entry) error {
	r, err := w.renderer(ctx, templates)
	if err != nil {
		return err
	}
	now := w.Now()
	for i, e := range entries {
		t := templates[slices.IndexFunc(templates, func(t domain.Template) bool { return t.Name == e.Template })]
		p := plan.Phases[slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Name == e.Phase })]
		rd, err := r.Render(t, comms.NewData(plan, p, now))
		if err != nil {
			w.Log.Warn("calendar entry shows the phase's audience", "release", plan.Release.Key, "error", err)
			rd.Audience = p.Audience
		}
		entries[i].Audience = rd.Audience
	}
	return nil
}

// WriteCalendar writes a release's calendar to out as an iCalendar (.ics)
// file of all-day events. Event UIDs end in the domain of the emails'
// sender (see Sender), so importing a newer file updates the events rather
// than duplicating them as long as the sender's domain stays the same.
func (w *Workspace) WriteCalendar(ctx context.Context, release string, out io.Writer) error {
	plan, entries, err := w.releaseCalendar(ctx, release)
	if err != nil {
		return err
	}
	uidDomain, err := w.senderDomain(ctx)
	if err != nil {
		return err
	}
	return calendar.WriteICS(out, plan.Release.Name+" communications", entries, w.Now(), uidDomain)
}

// ExportCalendarFile writes a release's calendar, as WriteCalendar does, to
// path, replacing it atomically.
func (w *Workspace) ExportCalendarFile(ctx context.Context, release, path string) error {
	var buf bytes.Buffer
	if err := w.WriteCalendar(ctx, release, &buf); err != nil {
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
}

// senderDomain is the domain of the emails' sender address.
func (w *Workspace) senderDomain(ctx context.Context) (string, error) {
	from, err := w.Sender(ctx)
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
