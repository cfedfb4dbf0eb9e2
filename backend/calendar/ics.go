package calendar

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// prodID names Rollout Desk as the calendar's producer.
const prodID = "-//Rollout Desk//EN"

// channelVerbs label an entry's channel in its summary; support material
// is published rather than sent.
var channelVerbs = map[string]string{"email": "Email", "in_app": "In-app", "support": "Publish"}

// WriteICS writes events to w as an iCalendar file (RFC 5545) named
// calName, one all-day event per entry, such as "Email: Beta invitation
// (Beta 5%)" with the audience in its description, under its UID and
// SEQUENCE (see Revise). now is the DTSTAMP.
func WriteICS(w io.Writer, calName string, events []Event, now time.Time) error {
	var b strings.Builder
	line := func(name, value string) { b.WriteString(fold(name + ":" + value)) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", prodID)
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	if calName != "" {
		line("NAME", escapeText(calName))
		line("X-WR-CALNAME", escapeText(calName))
	}
	stamp := now.UTC().Format("20060102T150405Z")
	for _, e := range events {
		line("BEGIN", "VEVENT")
		line("UID", e.UID)
		line("SEQUENCE", strconv.Itoa(e.Sequence))
		line("DTSTAMP", stamp)
		line("DTSTART;VALUE=DATE", e.Date.Format("20060102"))
		line("DTEND;VALUE=DATE", e.Date.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY", escapeText(summary(e.Entry)))
		line("DESCRIPTION", escapeText(description(e.Entry)))
		line("TRANSP", "TRANSPARENT")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing calendar %q: %w", calName, err)
	}
	return nil
}

// uid identifies the event of an entry across exports: a hash of its
// release, phase and template at uidDomain — never of its date or of the
// time of the export, so a calendar app moves the event when it changes.
func uid(e Entry, uidDomain string) string {
	sum := sha256.Sum256([]byte(strings.Join([]string{e.Release, e.Phase, e.Template}, "\x00")))
	return hex.EncodeToString(sum[:16]) + "@" + uidDomain
}

// summary is the event's title, such as "Email: Beta invitation (Beta 5%)".
func summary(e Entry) string {
	verb := cmp.Or(channelVerbs[e.Channel], e.Channel)
	return fmt.Sprintf("%s: %s (%s)", verb, e.Title, e.Phase)
}

// description says who receives the communication and where it comes from.
func description(e Entry) string {
	return strings.Join([]string{
		"Audience: " + e.Audience,
		"Release: " + e.Release,
		"Phase: " + e.Phase,
		"Template: " + e.Template,
	}, "\n")
}
