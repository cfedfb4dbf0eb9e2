package viewmodel

import (
	"time"

	"rolloutdesk/backend/store"
	"rolloutdesk/backend/support"
)

// SupportHit is a search result with the matching passage marked: the
// matched words are wrapped in [[ and ]].
type SupportHit struct {
	Release  string `json:"release"`
	Phase    string `json:"phase"`
	Template string `json:"template"`
	Title    string `json:"title"`
	Snippet  string `json:"snippet"`
}

// FromSupportHit maps a search hit.
func FromSupportHit(h store.SupportHit) SupportHit { return SupportHit(h) }

// PhaseSupport is what support needs for one phase of a release.
type PhaseSupport struct {
	Release   string         `json:"release"`
	Name      string         `json:"name"`
	Phase     string         `json:"phase"`
	Status    string         `json:"status"`
	Audience  string         `json:"audience"`
	Changes   []string       `json:"changes"`
	Guides    []SupportGuide `json:"guides"`
	PrintHTML string         `json:"print_html"`
}

// FromSupportView maps a phase's support view.
func FromSupportView(v support.View) PhaseSupport {
	return PhaseSupport{Release: v.Release, Name: v.Name, Phase: v.Phase, Status: v.Status, Audience: v.Audience, Changes: v.Changes,
		Guides: mapAll(v.Guides, fromGuide), PrintHTML: v.PrintHTML}
}

// SupportGuide is a support-channel template rendered for a phase.
type SupportGuide struct {
	Template string `json:"template"`
	Title    string `json:"title"`
	HTML     string `json:"html"`
	Markdown string `json:"markdown"`
	// Notice is set for a notice of an event, clear for a phase's guide.
	Notice bool `json:"notice"`
	// Date is when the notice's event happened, or when the guide's phase
	// started (else is planned to); null when neither is known.
	Date *time.Time `json:"date"`
}

func fromGuide(g support.Guide) SupportGuide { return SupportGuide(g) }
