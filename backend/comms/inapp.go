package comms

import (
	"encoding/json"
	"fmt"
	"time"
)

// InAppPayload is the JSON an app shows an in-app announcement from.
type InAppPayload struct {
	Title string `json:"title"`
	// BodyHTML is the sanitised HTML fragment; BodyText the plain text.
	BodyHTML string `json:"body_html"`
	BodyText string `json:"body_text"`
	// CTA is the call to action: the body's first http, https or mailto
	// link, or null when it has none.
	CTA      *Link  `json:"cta"`
	Phase    string `json:"phase"`
	Audience string `json:"audience"`
	// Starts and Ends are the phase's dates as YYYY-MM-DD, or null.
	Starts *string `json:"starts"`
	Ends   *string `json:"ends"`
}

// NewInAppPayload is the in-app payload of a rendered template.
func NewInAppPayload(rd Rendered) InAppPayload {
	return InAppPayload{Title: rd.Title, BodyHTML: rd.HTML, BodyText: rd.Text, CTA: rd.CTA,
		Phase: rd.Phase, Audience: rd.Audience, Starts: isoDate(rd.Starts), Ends: isoDate(rd.Ends)}
}

func isoDate(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}

// inAppJSON is the payload as indented JSON; <, > and & in strings are
// escaped as \u003c and so on, so it is safe to embed in a page.
func inAppJSON(rd Rendered) ([]byte, error) {
	b, err := json.MarshalIndent(NewInAppPayload(rd), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("%s: in-app payload: %w", FileName(rd.Template), err)
	}
	return append(b, '\n'), nil
}
