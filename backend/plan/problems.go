package plan

import "rolloutdesk/backend/problems"

// Problem is one thing wrong with a plan file.
type Problem = problems.Problem

// Error rejects a plan file, listing every problem as "file:line: reason".
type Error = problems.Error

// newError sorts problems by line.
func newError(file string, list []Problem) *Error { return problems.New(file, list) }
