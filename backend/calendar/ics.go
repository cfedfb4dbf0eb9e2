package calendar

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"
)

// prodID names Rollout Desk as the calendar's producer.
const prodID = "-//Rollout Desk//EN"

// channelVerbs label an entry's channel in its summary; support material
// is published rather than sent.
var channelVerbs = map[string]string{"email": "Email", "in_app": "In-app", "support": "Publish"}

// WriteICS writes entries to w as an iCalendar file (RFC 5545) named
// calName, one all-day event per entry, such as "Email: Beta invitation
// (Beta 5%)" with the audience in its description. now is the DTSTAMP.
//
// Each event's UID is derived from the entry's release, phase and template
// and ends in "@" + uidDomain (a domain the caller owns, such as
// "rolloutdesk.example.com"), so importing the file again updates the
// events instead of duplicating them.
func WriteICS(w io.Writer, calName string, entries []Entry, now time.Time, uidDomain string) error {
	if uidDomain == "" || strings.ContainsAny(uidDomain, " \t\r\n@") {
		return fmt.Errorf("calendar UID domain %q is not a domain name: pass one such as rolloutdesk.example.com", uidDomain)
	}
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
	for _, e := range entries {
		line("BEGIN", "VEVENT")
		line("UID", uid(e, uidDomain))
		line("DTSTAMP", stamp)
		line("DTSTART;VALUE=DATE", e.Date.Format("20060102"))
		line("DTEND;VALUE=DATE", e.Date.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY", escapeText(summary(e)))
		line("DESCRIPTION", escapeText(description(e)))
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
// release, phase and template at uidDomain.
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
