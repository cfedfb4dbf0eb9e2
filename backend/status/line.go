package status

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/readiness"
)

// Item is one part of the line: a few words and where they came from.
type Item struct {
	// Text is what the line shows, such as "25% due 3 Dec".
	Text string `json:"text"`
	// Source says where Text came from, for a tooltip.
	Source string `json:"source"`
}

// Now is the active phase.
type Now struct {
	Item
	// Phase is the active phase; "" when none is.
	Phase string `json:"phase"`
	// Since is when it started; nil when none is active or its start is
	// not recorded.
	Since *time.Time `json:"since"`
	// Verdict is the go/no-go verdict (ready, hold, rollback); "" when no
	// phase is active.
	Verdict string `json:"verdict"`
}

// Next is the phase an advance leads to.
type Next struct {
	Item
	// Phase is the next phase; "" after the last.
	Phase string `json:"phase"`
	// Planned is its planned start; nil when the plan sets none.
	Planned *time.Time `json:"planned"`
	// OpenCriteria counts the criteria standing between the active phase
	// and the next one (its exit, the next one's entry) that are not met:
	// open, failing or unknown.
	OpenCriteria int `json:"open_criteria"`
}

// Due is the release's next communication.
type Due struct {
	Item
	// Date is the day it goes out; nil when nothing is due.
	Date *time.Time `json:"date"`
	// Phase and Title name it; empty when nothing is due.
	Phase string `json:"phase"`
	Title string `json:"title"`
}

// Line is where a release stands and what comes next.
type Line struct {
	Release string `json:"release"`
	Name    string `json:"name"`
	Now     Now    `json:"now"`
	Next    Next   `json:"next"`
	Due     Due    `json:"due"`
}

// Input is what a line is computed from.
type Input struct {
	Plan domain.Plan
	// Verdict is the plan's go/no-go verdict, judged at Verdict.At.
	Verdict readiness.Result
	// Calendar is the release's communications calendar (see
	// communications.Service.Calendar).
	Calendar []calendar.Entry
	// At is now; communications dated before its day are past.
	At time.Time
}

// dayLayout writes days the way the line does: "3 Dec".
const dayLayout = "2 Jan"

// clockLayout writes the time a verdict was judged: "14:05".
const clockLayout = "15:04"

// Compute is the line of in.Plan.
func Compute(in Input) Line {
	return Line{Release: in.Plan.Release.Key, Name: in.Plan.Release.Name,
		Now: nowOf(in.Plan, in.Verdict), Next: nextOf(in.Plan, in.Verdict, in.At), Due: dueOf(in.Calendar, in.At)}
}

// nowOf is the active phase, since when and its verdict; without one, how
// the release stands: not started, finished or rolled back.
func nowOf(plan domain.Plan, v readiness.Result) Now {
	active := plan.ActivePhase()
	if active == nil {
		return Now{Item: idle(plan)}
	}
	n := Now{Phase: active.Name, Since: active.StartedAt, Verdict: string(v.Verdict)}
	n.Text = active.Name
	n.Source = "active phase from the plan"
	if active.StartedAt != nil {
		n.Text += " since " + active.StartedAt.Format(dayLayout)
		n.Source += fmt.Sprintf(", started %s", active.StartedAt.Format(time.DateOnly))
	}
	if v.Verdict != "" {
		n.Text += " · " + string(v.Verdict)
		n.Source += fmt.Sprintf("; go/no-go from readiness at %s (%s)", v.At.Format(clockLayout), v.Summary())
	}
	return n
}

// idle says how a release without an active phase stands.
func idle(plan domain.Plan) Item {
	switch {
	case len(plan.Phases) == 0:
		return Item{Text: "No phases", Source: "the plan has no phases yet"}
	case slices.ContainsFunc(plan.Phases, func(p domain.Phase) bool { return p.Status == domain.PhaseRolledBack }) &&
		!slices.ContainsFunc(plan.Phases, func(p domain.Phase) bool { return p.Status == domain.PhaseDone }):
		return Item{Text: "Rolled back", Source: "phase statuses from the plan: a phase was rolled back and none is active"}
	case !slices.ContainsFunc(plan.Phases, func(p domain.Phase) bool { return p.Status == domain.PhasePlanned }):
		return Item{Text: "Finished", Source: "phase statuses from the plan: every phase has ended"}
	}
	return Item{Text: "Not started", Source: "phase statuses from the plan: no phase has started"}
}

// nextOf is the phase an advance leads to, its planned start and the
// criteria still open before it.
func nextOf(plan domain.Plan, v readiness.Result, at time.Time) Next {
	i := nextIndex(plan)
	if i < 0 {
		return Next{Item: Item{Text: "No next phase", Source: "the active phase is the plan's last"}}
	}
	p := plan.Phases[i]
	n := Next{Phase: p.Name, Planned: p.PlannedStart}
	var when, from string
	switch {
	case p.PlannedStart == nil:
		when, from = "not scheduled", "the plan sets no start date for "+p.Name
	case day(*p.PlannedStart).Before(day(at)):
		when, from = "was due "+p.PlannedStart.Format(dayLayout), "planned date from the plan: "+p.PlannedStart.Format(time.DateOnly)+", already passed"
	default:
		when, from = "due "+p.PlannedStart.Format(dayLayout), "planned date from the plan: "+p.PlannedStart.Format(time.DateOnly)
	}
	parts, counts := []string{p.Name + " " + when}, openCriteria(v)
	n.OpenCriteria = counts.total
	sources := []string{from}
	if !v.At.IsZero() {
		if n.OpenCriteria > 0 {
			parts = append(parts, plural(n.OpenCriteria, "criterion open", "criteria open"))
		}
		sources = append(sources, fmt.Sprintf("criteria from readiness at %s: %s", v.At.Format(clockLayout), counts.describe()))
	}
	n.Text = strings.Join(parts, " · ")
	n.Source = strings.Join(sources, "; ")
	return n
}

// nextIndex is the index of the phase an advance leads to: the one after
// the active phase, or the first planned one when none is active; -1 when
// there is none.
func nextIndex(plan domain.Plan) int {
	if active := slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Status == domain.PhaseActive }); active >= 0 {
		if active+1 < len(plan.Phases) {
			return active + 1
		}
		return -1
	}
	return slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Status == domain.PhasePlanned })
}

// criteriaCounts are the unmet criteria of a verdict by status.
type criteriaCounts struct {
	total, open, failing, unknown, met int
}

// openCriteria counts a verdict's criteria by how they stand.
func openCriteria(v readiness.Result) criteriaCounts {
	var c criteriaCounts
	for _, r := range v.Reasons {
		if r.Kind != readiness.KindCriterion {
			continue
		}
		switch r.Status {
		case readiness.Pass:
			c.met++
		case readiness.Fail:
			c.failing++
		case readiness.Unknown:
			c.unknown++
		default:
			c.open++
		}
	}
	c.total = c.open + c.failing + c.unknown
	return c
}

// describe is the counts in words: "1 open, 1 failing, 2 met".
func (c criteriaCounts) describe() string {
	if c.total+c.met == 0 {
		return "the phases set no criteria"
	}
	var parts []string
	for _, p := range []struct {
		n    int
		word string
	}{{c.open, "open"}, {c.failing, "failing"}, {c.unknown, "without data"}, {c.met, "met"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.word))
		}
	}
	return strings.Join(parts, ", ")
}

// dueOf is the first communication of the calendar dated today or later.
func dueOf(entries []calendar.Entry, at time.Time) Due {
	today := day(at)
	for _, e := range entries {
		if e.Date.Before(today) {
			continue
		}
		d := e.Date
		title := e.Title
		if title == "" {
			title = e.Template
		}
		return Due{Date: &d, Phase: e.Phase, Title: title, Item: Item{
			Text:   fmt.Sprintf("%s %s", title, dueDay(d, today)),
			Source: fmt.Sprintf("communications calendar: %s (%s) for phase %s to %s on %s", e.Template, channelWord(e.Channel), e.Phase, e.Audience, d.Format(time.DateOnly)),
		}}
	}
	return Due{Item: Item{Text: "Nothing due", Source: "communications calendar: no communication is dated today or later"}}
}

// dueDay is "today" or "3 Dec".
func dueDay(d, today time.Time) string {
	if d.Equal(today) {
		return "today"
	}
	return d.Format(dayLayout)
}

// channelWord names a channel in words.
func channelWord(c string) string {
	switch domain.Channel(c) {
	case domain.ChannelInApp:
		return "in-app"
	default:
		return c
	}
}

// day is midnight UTC of t's date as t's own time zone sees it, the way
// calendar entries are dated.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// plural is "1 criterion open" or "2 criteria open".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
