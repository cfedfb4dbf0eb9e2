package plan

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a plan file. Line is 1-based; 0 means the
// problem has no particular line.
type Problem struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// Error rejects a plan file. It lists every problem found, sorted by line,
// one per line of its message, each as "file:line: reason".
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

// newError sorts problems by line, keeping the order they were found in
// within a line.
func newError(file string, problems []Problem) *Error {
	slices.SortStableFunc(problems, func(a, b Problem) int { return cmp.Compare(a.Line, b.Line) })
	return &Error{File: file, Problems: problems}
}
