package viewmodel

import (
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/communications"
)

// Notice is a drafted notice under a release's "Who to tell": what
// happened, the template rendered for it, and its state — drafted until
// someone exports, sends or dismisses it.
type Notice struct {
	ID       int64  `json:"id"`
	Release  string `json:"release"`
	Trigger  string `json:"trigger"` // incident or rollback
	Template string `json:"template"`
	// State is drafted, exported, sent or dismissed.
	State string      `json:"state"`
	Event NoticeEvent `json:"event"`
	// What says what happened, such as "kill switch on new-checkout in
	// production".
	What     string    `json:"what"`
	At       time.Time `json:"at"`
	Channel  string    `json:"channel"`
	Title    string    `json:"title"`
	Audience string    `json:"audience"`
	// Problem says why the notice does not render now; "" when it does.
	Problem   string    `json:"problem"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// FromNotice maps a drafted notice.
func FromNotice(n communications.Notice) Notice {
	return Notice{ID: n.ID, Release: n.Release, Trigger: string(n.Trigger), Template: n.Template, State: string(n.State),
		Event: fromNoticeEvent(n.Event), What: n.What, At: n.At, Channel: string(n.Channel), Title: n.Title, Audience: n.Audience,
		Problem: n.Problem, CreatedAt: n.CreatedAt, UpdatedAt: n.UpdatedAt}
}

// NoticeEvent is what happened: a kill (Incident) or a rollback, during
// Phase.
type NoticeEvent struct {
	Trigger  string    `json:"trigger"`
	Phase    string    `json:"phase"`
	Incident *Incident `json:"incident,omitempty"`
	Rollback *Rollback `json:"rollback,omitempty"`
}

func fromNoticeEvent(e comms.Event) NoticeEvent {
	return NoticeEvent{Trigger: string(e.Trigger), Phase: e.Phase, Incident: (*Incident)(e.Incident), Rollback: (*Rollback)(e.Rollback)}
}

// Incident is a kill switch used on a linked flag.
type Incident struct {
	Flag        string    `json:"flag"`
	Environment string    `json:"environment"`
	Provider    string    `json:"provider"`
	Project     string    `json:"project"`
	At          time.Time `json:"at"`
	Comment     string    `json:"comment"`
}

// Rollback is a phase moved back from From to To.
type Rollback struct {
	From    string    `json:"from"`
	To      string    `json:"to"`
	At      time.Time `json:"at"`
	Comment string    `json:"comment"`
}
