package mail

import (
	"fmt"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AddressError is text that is not an email address, with the reason in
// plain words instead of net/mail's grammar terms ("missing '@' or
// angle-addr").
type AddressError struct {
	// Input is the text as typed.
	Input string
	// Reason says what is wrong, e.g. "nothing comes after the @".
	Reason string
	// Err is net/mail's error.
	Err error
}

// Error reads, e.g., `“bob@” is not an email address: nothing comes after
// the @; write it as name@example.com or Name <name@example.com>`.
func (e *AddressError) Error() string {
	return fmt.Sprintf("“%s” is not an email address: %s; write it as name@example.com or Name <name@example.com>", e.Input, e.Reason)
}

// Unwrap returns net/mail's error.
func (e *AddressError) Unwrap() error { return e.Err }

// ParseAddress parses one address, such as "Ana <ana@example.com>", and
// says in plain words what is wrong with one that is not (an
// *AddressError).
func ParseAddress(s string) (*mail.Address, error) {
	a, err := mail.ParseAddress(s)
	if err != nil {
		return nil, &AddressError{Input: s, Reason: addressProblem(s, err), Err: err}
	}
	return a, nil
}

// addressProblem finds what a person would fix in s, which net/mail
// rejected with err; it falls back to net/mail's words.
func addressProblem(s string, err error) string {
	text := strings.TrimSpace(s)
	if text == "" {
		return "it is empty"
	}
	if strings.ContainsFunc(text, unicode.IsControl) {
		return "it contains a line break or another invisible control character"
	}
	if !utf8.ValidString(text) {
		return "it contains bytes that are not text (copy it again from its source)"
	}
	open, closing := strings.Count(text, "<"), strings.Count(text, ">")
	if open != closing {
		return "a < or > has no partner: put the address between < and >, or leave both out"
	}
	if strings.Count(text, "@") > 1 && strings.ContainsAny(text, ",;") {
		return "it holds more than one address: give each address on its own"
	}
	addr := text
	if i, j := strings.LastIndex(text, "<"), strings.LastIndex(text, ">"); i >= 0 && j > i {
		addr = text[i+1 : j]
	}
	local, domain, found := strings.Cut(addr, "@")
	switch {
	case addr == "":
		return "there is no address between < and >"
	case !found:
		return "it has no @"
	case strings.Contains(domain, "@"):
		return "it has more than one @"
	case local == "":
		return "nothing comes before the @"
	case domain == "":
		return "nothing comes after the @"
	case strings.ContainsFunc(addr, unicode.IsSpace):
		return "it contains a space"
	case dotProblem(local) || dotProblem(domain):
		return "a dot stands at the start or end of a part, or two dots stand together"
	case strings.HasPrefix(domain, "["):
		return "the part after the @ is not a domain name such as example.com"
	}
	return "it cannot be read as one (" + strings.TrimPrefix(err.Error(), "mail: ") + ")"
}

// dotProblem reports a part of an address with a leading, trailing or
// doubled dot.
func dotProblem(part string) bool {
	return strings.HasPrefix(part, ".") || strings.HasSuffix(part, ".") || strings.Contains(part, "..")
}
