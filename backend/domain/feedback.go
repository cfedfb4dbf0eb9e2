package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Sentiment is how a feedback entry feels about the release.
type Sentiment string

// Feedback sentiments.
const (
	Positive Sentiment = "positive"
	Neutral  Sentiment = "neutral"
	Negative Sentiment = "negative"
)

// Sentiments lists the feedback sentiments in the order they are shown.
var Sentiments = []Sentiment{Negative, Neutral, Positive}

// ParseSentiment reads a sentiment, ignoring case and spaces.
func ParseSentiment(s string) (Sentiment, error) {
	v := Sentiment(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(Sentiments, v) {
		return "", fmt.Errorf("sentiment %q is not positive, neutral or negative", s)
	}
	return v, nil
}

// FeedbackEntry is one piece of customer feedback about a release.
type FeedbackEntry struct {
	ID      int64  `json:"id"`
	Release string `json:"release"`
	// Phase is the phase the entry was filed under; "" means the phase is
	// the one that was running on Day (see feedback.PhaseAt).
	Phase     string    `json:"phase"`
	Day       time.Time `json:"day"` // midnight UTC
	Source    string    `json:"source"`
	Sentiment Sentiment `json:"sentiment"`
	Customer  string    `json:"customer"`
	Text      string    `json:"text"`
	Link      string    `json:"link"`
	CreatedAt time.Time `json:"created_at"`
}

// Validate checks an entry's fields, naming each problem and its fix.
func (e FeedbackEntry) Validate() []string {
	problems := e.ContentProblems()
	if _, err := ParseSentiment(string(e.Sentiment)); err != nil {
		problems = append(problems, err.Error())
	}
	if e.Day.IsZero() {
		problems = append(problems, "date is missing")
	}
	return problems
}

// ContentProblems checks what an entry says: its text, source and link.
func (e FeedbackEntry) ContentProblems() []string {
	var problems []string
	if strings.TrimSpace(e.Text) == "" {
		problems = append(problems, "text is empty: say what the customer said")
	}
	if strings.TrimSpace(e.Source) == "" {
		problems = append(problems, "source is empty: name where it came from (zendesk, intercom, survey, interview, …)")
	}
	if err := CheckFeedbackLink(e.Link); err != nil {
		problems = append(problems, err.Error())
	}
	return problems
}

// CheckFeedbackLink accepts an empty link or an absolute http(s) address: anything
// else (javascript:, data:, a relative path) could act when clicked.
func CheckFeedbackLink(link string) error {
	if link == "" {
		return nil
	}
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("link %q is not an http(s) address such as https://support.example.com/tickets/123", link)
	}
	return nil
}

// Fingerprint identifies an entry's content, so importing the same export
// twice adds nothing twice.
func (e FeedbackEntry) Fingerprint() string {
	h := sha256.New()
	for _, part := range []string{e.Phase, e.Day.Format(time.DateOnly), e.Source, string(e.Sentiment), e.Customer, e.Text, e.Link} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
