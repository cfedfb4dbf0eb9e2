package calendar

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// Entry is one communication on the calendar.
type Entry struct {
	// Date is the day it goes out, as midnight UTC of that day.
	Date time.Time `json:"date"`
	// Release is the key of the release it belongs to.
	Release string `json:"release"`
	// Phase is the name of the phase it announces.
	Phase string `json:"phase"`
	// Channel is a domain.Channel: email, in_app or support.
	Channel string `json:"channel"`
	// Template is the name of the template it is written from.
	Template string `json:"template"`
	// Title is the template's name in words, such as "Beta invitation".
	Title string `json:"title"`
	// Audience is who receives it: the template's audience, or the phase's
	// when the template names none.
	Audience string `json:"audience"`
}

// Build lists the communications of plan, sorted by date, then phase
// order, channel and template name.
//
// Every phase that started, or has a PlannedStart, gets on the day it
// started — else on the day it is planned to (the date as that time's own
// time zone sees it) — one entry per phase-triggered template that applies
// to it (see comms.Applies: by name, list, "*", first, last or next-after,
// in plan order). Phases with neither date are left out, and so are shared
// blocks, whose names start with "_" (such as the footer), and incident and
// rollback templates, which go out when their event happens.
func Build(plan domain.Plan, templates []domain.Template) []Entry {
	scheduled := slices.Clone(templates)
	slices.SortFunc(scheduled, func(a, b domain.Template) int {
		return cmp.Or(cmp.Compare(a.Channel, b.Channel), cmp.Compare(a.Name, b.Name))
	})
	phases := slices.Clone(plan.Phases)
	slices.SortStableFunc(phases, func(a, b domain.Phase) int { return cmp.Compare(a.Position, b.Position) })

	var entries []Entry
	for i, phase := range phases {
		start := comms.Starts(phase)
		if start == nil {
			continue
		}
		for _, t := range scheduled {
			if comms.Applies(t, domain.TriggerPhase, phases, i) {
				entries = append(entries, Entry{
					Date:     day(*start),
					Release:  plan.Release.Key,
					Phase:    phase.Name,
					Channel:  string(t.Channel),
					Template: t.Name,
					Title:    title(t.Name),
					Audience: cmp.Or(audience(t), phase.Audience),
				})
			}
		}
	}
	// Entries were made in phase, channel and template order; a stable sort
	// by date keeps that order within a day.
	slices.SortStableFunc(entries, func(a, b Entry) int { return a.Date.Compare(b.Date) })
	return entries
}

// day is midnight UTC of the date t shows in its own location.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// title turns a template name such as "beta-invitation" into words:
// "Beta invitation".
func title(name string) string {
	words := strings.Join(strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }), " ")
	if words == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(words)
	return string(unicode.ToUpper(first)) + words[size:]
}

// audience is the audience in t's front matter, or "" when it has none or
// cannot be read.
func audience(t domain.Template) string {
	fm, _, err := comms.ParseFrontMatter(t.Name, t.Source)
	if err != nil {
		return ""
	}
	return fm.Audience
}
