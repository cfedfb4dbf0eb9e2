package flags

import (
	"time"

	"rolloutdesk/backend/domain"
)

// Point is one distinct state of a flag with the share of the released
// variation it gave, and who changed it when the change was made from the
// desk.
type Point struct {
	domain.HistoryPoint
	// Percent is the share (0–100) of traffic that got the released
	// variation in this state (provider.Exposure).
	Percent float64 `json:"percent"`
	// Change is the desk action that produced this state; nil when a sync
	// saw the change, made in the provider, which the history cannot name
	// the author of.
	Change *Change `json:"change"`
}

// Change is who changed a flag from the desk, how and why.
type Change struct {
	At      time.Time `json:"at"`
	Actor   string    `json:"actor"`
	Action  string    `json:"action"`
	Summary string    `json:"summary"`
	Comment string    `json:"comment"`
	Release string    `json:"release"`
}

// History is a flag's states over time, measured against one released
// variation.
type History struct {
	Released Released `json:"released"`
	Points   []Point  `json:"points"`
}

// matchWindow is how long after a state was recorded the audit event of
// the action that recorded it may be written: the desk stores the new
// state first, then audits it.
const matchWindow = 5 * time.Second

// points measures every state against variation and attaches each desk
// change to the state it recorded: the latest state observed at most
// matchWindow before the change. A change with no such state (the flag
// already served that) is left out.
func points(history []domain.HistoryPoint, variation string, changes []domain.AuditEvent) []Point {
	out := make([]Point, len(history))
	for i, h := range history {
		out[i] = Point{HistoryPoint: h}
		if variation != "" {
			out[i].Percent = h.State.Exposure(variation)
		}
	}
	for _, c := range changes {
		at := -1
		for i, h := range history {
			if h.ObservedAt.After(c.At) {
				break
			}
			at = i
		}
		if at < 0 || c.At.Sub(history[at].ObservedAt) > matchWindow {
			continue
		}
		out[at].Change = &Change{At: c.At, Actor: c.Actor, Action: c.Action, Summary: c.Summary, Comment: c.Comment, Release: c.Release}
	}
	return out
}
