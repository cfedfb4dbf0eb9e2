package calendar

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLineOctets is the longest content line RFC 5545 (section 3.1) allows,
// not counting the CRLF that ends it.
const maxLineOctets = 75

// textEscaper escapes a TEXT value (RFC 5545 section 3.3.11); line breaks,
// in any convention, become the two characters `\n`.
var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// escapeText makes s a TEXT value: it escapes backslashes, semicolons,
// commas and line breaks, and drops the other control characters TEXT
// does not allow (a tab stays).
func escapeText(s string) string {
	s = textEscaper.Replace(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\t' {
			return -1
		}
		return r
	}, s)
}

// fold splits a content line into lines of at most maxLineOctets octets,
// each continuation starting with a space (RFC 5545 section 3.1), never
// inside a UTF-8 sequence, and ends every line with CRLF.
func fold(line string) string {
	var b strings.Builder
	limit := maxLineOctets
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		limit = maxLineOctets - 1 // the leading space counts
	}
	b.WriteString(line)
	b.WriteString("\r\n")
	return b.String()
}
