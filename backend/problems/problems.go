// Package problems reports what is wrong with a file a person wrote or
// exported — a plan, a metrics or feedback CSV — as "file:line: reason", every
// problem at once, so one round of fixes is enough.
package problems

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a file. Line is 1-based; 0 means the
// problem has no particular line.
type Problem struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// Error rejects a file. It lists every problem found, sorted by line, one
// per line of its message, each as "file:line: reason".
type Error struct {
	File     string
	Problems []Problem
}

// Error returns the problems one per line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		if p.Line == 0 {
			lines[i] = fmt.Sprintf("%s: %s", e.File, p.Reason)
		} else {
			lines[i] = fmt.Sprintf("%s:%d: %s", e.File, p.Line, p.Reason)
		}
	}
	return strings.Join(lines, "\n")
}

// New sorts problems by line, keeping the order they were found in within a
// line.
func New(file string, list []Problem) *Error {
	slices.SortStableFunc(list, func(a, b Problem) int { return cmp.Compare(a.Line, b.Line) })
	return &Error{File: file, Problems: list}
}

// List collects problems while a file is read.
type List []Problem

// Addf records a problem at line.
func (l *List) Addf(line int, format string, args ...any) {
	*l = append(*l, Problem{Line: line, Reason: fmt.Sprintf(format, args...)})
}

// Err is nil when nothing was recorded, else the *Error for file.
func (l List) Err(file string) error {
	if len(l) == 0 {
		return nil
	}
	return New(file, l)
}
