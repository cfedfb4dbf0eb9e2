package comms

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"rolloutdesk/backend/domain"
)

// NewDraft is the draft of template t's notice about e for release, made
// at at.
func NewDraft(release string, e Event, t domain.Template, at time.Time) (domain.Draft, error) {
	event, err := json.Marshal(e)
	if err != nil {
		return domain.Draft{}, fmt.Errorf("draft %s: %w", t.Name, err)
	}
	return domain.Draft{Release: release, Trigger: e.Trigger, Template: t.Name, Event: event, CreatedAt: at}, nil
}

// DraftEvent is the event a draft records.
func DraftEvent(d domain.Draft) (Event, error) {
	var e Event
	if err := json.Unmarshal(d.Event, &e); err != nil {
		return e, fmt.Errorf("draft %d: the event it records does not read (%v): dismiss it", d.ID, err)
	}
	return e, nil
}

// RenderDraft renders drafted notice d of plan: its template, one of r's,
// with the event d records, into the event's folder (see Event.Dir).
func (r *Renderer) RenderDraft(plan domain.Plan, d domain.Draft) (Event, Preview, error) {
	e, err := DraftEvent(d)
	if err != nil {
		return e, Preview{}, err
	}
	i := slices.IndexFunc(r.templates, func(t domain.Template) bool { return t.Name == d.Template })
	if i < 0 {
		return e, Preview{}, fmt.Errorf("draft %d: template %s no longer exists: dismiss the draft", d.ID, d.Template)
	}
	data, err := EventData(plan, e, r.now())
	if err != nil {
		return e, Preview{}, err
	}
	rd, err := r.Render(r.templates[i], data)
	if err != nil {
		return e, Preview{}, err
	}
	files, err := r.Files(rd, e.Dir(), plan.Release.Name)
	return e, Preview{Rendered: rd, Files: files}, err
}

// NoticeTitle is the title of an event's notice as support finds it: the
// rendered title and the day it happened, such as "Kill switch used: New
// checkout (2 Mar 2026)".
func NoticeTitle(title string, e Event) string {
	return fmt.Sprintf("%s (%s)", title, e.At().Format(DateLayout))
}
