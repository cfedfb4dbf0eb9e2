package comms

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Error is a problem in a template file, located by its line in the whole
// file (the opening front matter fence is line 1).
type Error struct {
	File   string `json:"file"` // the template's file name, such as "beta-invitation.md"
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// Error formats the problem as "file:line: reason".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason) }

func errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Reason: fmt.Sprintf(format, args...)}
}

// FileName is the file a template is kept in: its name with ".md".
func FileName(name string) string { return name + ".md" }

// location tells where the text of a text/template template starts in its
// file: the file's name and the number of lines before it.
type location struct {
	file   string
	offset int
}

// templateErr matches text/template's parse and execution errors:
// "template: NAME:LINE[:COL]: [executing "NAME" ]REASON".
var templateErr = regexp.MustCompile(`^template: ([^:]+):(\d+)(?::\d+)?: (?:executing "[^"]*" )?(.*)$`)

// startedAt matches the end of text/template's errors about an unclosed
// action, which names where the action started.
var startedAt = regexp.MustCompile(` started at ([^:]+):(\d+)$`)

// templateError rewrites a text/template error as an *Error, using where to
// find the file and line of the template it names, with the reason in plain
// words (see plainReason). An unclosed action is reported at its start.
// Errors it cannot place are reported at fallback.
func templateError(err error, where map[string]location, fallback location) *Error {
	m := templateErr.FindStringSubmatch(err.Error())
	if m == nil {
		return errorf(fallback.file, fallback.offset+1, "%v", err)
	}
	name, line, reason := m[1], m[2], m[3]
	if s := startedAt.FindStringSubmatch(reason); s != nil {
		name, line, reason = s[1], s[2], strings.TrimSuffix(reason, s[0])
	}
	loc, ok := where[name]
	if !ok {
		loc = fallback
	}
	n, _ := strconv.Atoi(line)
	return errorf(loc.file, loc.offset+n, "%s", plainReason(reason))
}

// joinUnique joins errors as errors.Join does, each message once: a broken
// template fails alike for every phase.
func joinUnique(errs []error) error {
	seen := map[string]bool{}
	var unique []error
	for _, err := range errs {
		if err != nil && !seen[err.Error()] {
			seen[err.Error()] = true
			unique = append(unique, err)
		}
	}
	return errors.Join(unique...)
}
