package domain

import "time"

// Channel is where a communication goes out.
type Channel string

// Channels.
const (
	ChannelEmail   Channel = "email"
	ChannelInApp   Channel = "in_app"
	ChannelSupport Channel = "support"
)

// Valid reports whether c is a known channel.
func (c Channel) Valid() bool {
	return c == ChannelEmail || c == ChannelInApp || c == ChannelSupport
}

// Trigger is what makes a template go out: a phase of the release (the
// default), a kill switch used on one of its flags, or a phase rolled back.
type Trigger string

// Triggers.
const (
	TriggerPhase    Trigger = "phase"
	TriggerIncident Trigger = "incident"
	TriggerRollback Trigger = "rollback"
)

// Valid reports whether t is a known trigger.
func (t Trigger) Valid() bool {
	return t == TriggerPhase || t == TriggerIncident || t == TriggerRollback
}

// Template is a Markdown communication template with YAML front matter. Source
// is the whole file; the other fields are read from its front matter.
type Template struct {
	ID      int64   `json:"id"`
	Name    string  `json:"name"`
	Channel Channel `json:"channel"`
	// Phase selects the phases the template applies to, as comms.Selector
	// writes it: a name, a list of names, "*", first, last or next-after.
	Phase     string    `json:"phase"`
	Trigger   Trigger   `json:"trigger"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	Builtin   bool      `json:"builtin"`
	UpdatedAt time.Time `json:"updated_at"`
}
