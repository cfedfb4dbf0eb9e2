package viewmodel

import (
	"time"

	"rolloutdesk/backend/status"
	"rolloutdesk/backend/syncer"
)

// StatusLine is a release's Now / Next / Due line; every part carries the
// source its tooltip shows.
type StatusLine struct {
	Release string     `json:"release"`
	Name    string     `json:"name"`
	Now     StatusNow  `json:"now"`
	Next    StatusNext `json:"next"`
	Due     StatusDue  `json:"due"`
}

// StatusNow is the active phase, since when, and its go/no-go verdict.
type StatusNow struct {
	Text    string     `json:"text"`
	Source  string     `json:"source"`
	Phase   string     `json:"phase"`
	Since   *time.Time `json:"since"`
	Verdict string     `json:"verdict"`
}

// StatusNext is the next phase, its planned start and its open criteria.
type StatusNext struct {
	Text         string     `json:"text"`
	Source       string     `json:"source"`
	Phase        string     `json:"phase"`
	Planned      *time.Time `json:"planned"`
	OpenCriteria int        `json:"open_criteria"`
}

// StatusDue is the release's next communication.
type StatusDue struct {
	Text   string     `json:"text"`
	Source string     `json:"source"`
	Date   *time.Time `json:"date"`
	Phase  string     `json:"phase"`
	Title  string     `json:"title"`
}

// FromStatusLine maps a status line.
func FromStatusLine(l status.Line) StatusLine {
	return StatusLine{
		Release: l.Release, Name: l.Name,
		Now:  StatusNow{Text: l.Now.Text, Source: l.Now.Source, Phase: l.Now.Phase, Since: l.Now.Since, Verdict: l.Now.Verdict},
		Next: StatusNext{Text: l.Next.Text, Source: l.Next.Source, Phase: l.Next.Phase, Planned: l.Next.Planned, OpenCriteria: l.Next.OpenCriteria},
		Due:  StatusDue{Text: l.Due.Text, Source: l.Due.Source, Date: l.Due.Date, Phase: l.Due.Phase, Title: l.Due.Title},
	}
}

// ReleaseSync is a sync of every connection a release's flags come from:
// each run, and how many drift verdicts changed (the window hears the
// changes themselves as one drift:changed event).
type ReleaseSync struct {
	Runs         []SyncRun `json:"runs"`
	DriftChanged int       `json:"drift_changed"`
}

// FromReleaseSync maps a release sync; changed counts the drift verdicts
// that changed (see drift.Changed).
func FromReleaseSync(out syncer.ReleaseOutcome, changed int) ReleaseSync {
	return ReleaseSync{Runs: mapAll(out.Runs, FromSyncRun), DriftChanged: changed}
}
