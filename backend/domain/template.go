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

// Template is a Markdown communication template with YAML front matter. Source
// is the whole file; the other fields are read from its front matter.
type Template struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Channel   Channel   `json:"channel"`
	Phase     string    `json:"phase"` // a phase name, or "*" for every phase
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	Builtin   bool      `json:"builtin"`
	UpdatedAt time.Time `json:"updated_at"`
}
