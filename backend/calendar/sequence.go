package calendar

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"rolloutdesk/backend/store"
)

// Event is an entry as a calendar file carries it: under a UID that stays
// the same across exports, with a SEQUENCE raised each time the event
// changed (RFC 5545 section 3.8.7.4), so calendar apps move an event rather
// than duplicate it.
type Event struct {
	Entry
	UID      string
	Sequence int
}

// Revise gives entries their events for an export at now: each UID is
// derived from the entry's release, phase and template at uidDomain (a
// domain the caller owns, such as "rolloutdesk.example.com"), and its
// SEQUENCE is the one last exported (see last, by UID), raised by one when
// the date, summary or description changed since; a new event starts at
// 0. It also returns what to remember of the export for the next one.
func Revise(entries []Entry, uidDomain string, last map[string]store.CalendarEvent, now time.Time) ([]Event, []store.CalendarEvent, error) {
	if uidDomain == "" || strings.ContainsAny(uidDomain, " \t\r\n@") {
		return nil, nil, fmt.Errorf("calendar UID domain %q is not a domain name: pass one such as rolloutdesk.example.com", uidDomain)
	}
	events := make([]Event, len(entries))
	remember := make([]store.CalendarEvent, len(entries))
	for i, e := range entries {
		ev := Event{Entry: e, UID: uid(e, uidDomain)}
		sum := fingerprint(e)
		if before, ok := last[ev.UID]; ok {
			ev.Sequence = before.Sequence
			if before.Fingerprint != sum {
				ev.Sequence++
			}
		}
		events[i] = ev
		remember[i] = store.CalendarEvent{UID: ev.UID, Release: e.Release, Fingerprint: sum, Sequence: ev.Sequence, ExportedAt: now}
	}
	return events, remember, nil
}

// fingerprint sums what an entry's event says: its day, summary and
// description.
func fingerprint(e Entry) string {
	sum := sha256.Sum256([]byte(strings.Join([]string{e.Date.Format(time.DateOnly), summary(e), description(e)}, "\x00")))
	return hex.EncodeToString(sum[:])
}
