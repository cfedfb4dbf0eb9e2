package viewmodel

import (
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/feedback"
	"rolloutdesk/backend/store"
)

// FeedbackEntry is one piece of customer feedback, with the phase it counts
// for. Its text is untrusted: the window shows it as text only.
type FeedbackEntry struct {
	ID        int64     `json:"id"`
	Release   string    `json:"release"`
	Phase     string    `json:"phase"`
	Day       time.Time `json:"day"`
	Source    string    `json:"source"`
	Sentiment string    `json:"sentiment"`
	Customer  string    `json:"customer"`
	Text      string    `json:"text"`
	Link      string    `json:"link"`
	CreatedAt time.Time `json:"created_at"`
	InPhase   string    `json:"in_phase"`
}

// FromFeedbackListed maps a listed entry.
func FromFeedbackListed(l feedback.Listed) FeedbackEntry {
	e := l.FeedbackEntry
	return FeedbackEntry{ID: e.ID, Release: e.Release, Phase: e.Phase, Day: e.Day, Source: e.Source, Sentiment: string(e.Sentiment),
		Customer: e.Customer, Text: e.Text, Link: e.Link, CreatedAt: e.CreatedAt, InPhase: l.InPhase}
}

// FeedbackDraft is an entry as the window adds or edits it; Day is
// YYYY-MM-DD, "" for today.
type FeedbackDraft struct {
	ID        int64  `json:"id,omitempty"`
	Release   string `json:"release"`
	Phase     string `json:"phase,omitempty"`
	Day       string `json:"day,omitempty"`
	Source    string `json:"source"`
	Sentiment string `json:"sentiment"`
	Customer  string `json:"customer,omitempty"`
	Text      string `json:"text"`
	Link      string `json:"link,omitempty"`
}

// Entry maps the draft back; a day that is not YYYY-MM-DD is an error.
func (d FeedbackDraft) Entry() (domain.FeedbackEntry, error) {
	e := domain.FeedbackEntry{ID: d.ID, Release: d.Release, Phase: d.Phase, Source: d.Source, Sentiment: domain.Sentiment(d.Sentiment),
		Customer: d.Customer, Text: d.Text, Link: d.Link}
	if d.Day == "" {
		return e, nil
	}
	day, err := ParseDay(d.Day)
	e.Day = day
	return e, err
}

// FeedbackFilter narrows a release's feedback listing.
type FeedbackFilter struct {
	Release   string `json:"release"`
	Phase     string `json:"phase,omitempty"`
	Source    string `json:"source,omitempty"`
	Sentiment string `json:"sentiment,omitempty"`
	Query     string `json:"query,omitempty"`
}

// Filter maps the filter back (the phase is applied apart).
func (f FeedbackFilter) Filter() store.FeedbackFilter {
	return store.FeedbackFilter{Release: f.Release, Source: f.Source, Sentiment: f.Sentiment, Query: f.Query}
}

// FeedbackCounts are a phase's entries by sentiment.
type FeedbackCounts struct {
	Phase    string `json:"phase"`
	Negative int    `json:"negative"`
	Neutral  int    `json:"neutral"`
	Positive int    `json:"positive"`
}

// FromFeedbackCounts maps a phase's counts.
func FromFeedbackCounts(c feedback.Counts) FeedbackCounts { return FeedbackCounts(c) }

// FeedbackAdded says what adding feedback did.
type FeedbackAdded struct {
	Added   int `json:"added"`
	Skipped int `json:"skipped"`
}

// FromFeedbackAdded maps an addition's outcome.
func FromFeedbackAdded(a store.FeedbackAdded) FeedbackAdded { return FeedbackAdded(a) }

// ParseDay reads a YYYY-MM-DD day the window sends.
func ParseDay(s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return d, nil
}
