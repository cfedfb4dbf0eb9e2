package plan

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	yaml4 "go.yaml.in/yaml/v4"
)

// syntaxProblem words a YAML syntax error in data and finds its line.
//
// gopkg.in/yaml.v3, which reads the plan, names the line where the enclosing
// block starts rather than the line at fault: a bad indent on line 60 inside
// the phases list is reported on the line of "phases:". Its successor
// go.yaml.in/yaml/v4 runs the same scanner and parser but keeps both
// positions, so the file is read again with it to place the problem. An
// unclosed {…}, […] or quoted text is placed where it opens, because the
// parser only notices it lines later (often at the end of the file).
func syntaxProblem(data []byte, fallback error) Problem {
	var le *yaml4.LoadError
	loader, err := yaml4.NewLoader(bytes.NewReader(data))
	if err == nil {
		var n yaml4.Node
		for err == nil {
			err = loader.Load(&n)
		}
	}
	if !errors.As(err, &le) || le.Mark.Line == 0 {
		return v3Problem(fallback)
	}
	line, reason := le.Mark.Line, le.Message
	if c := le.ContextMark.Line; c > 0 && c != line && unclosed(le.ContextMsg) {
		line, reason = c, fmt.Sprintf("%s (%s that starts on this line; the parser gave up on line %d)", reason, le.ContextMsg, le.Mark.Line)
	}
	return Problem{Line: line, Reason: "not valid YAML: " + reason}
}

// unclosed reports whether a parser context is a construct that must be
// closed: a flow mapping or list, or quoted text.
func unclosed(context string) bool {
	return strings.Contains(context, "flow") || strings.Contains(context, "quoted")
}

// v3Problem reads the line out of a yaml.v3 error, for the rare error the
// v4 reader does not place.
func v3Problem(err error) Problem {
	m := yamlError.FindStringSubmatch(err.Error())
	if m == nil {
		return Problem{Reason: fmt.Sprintf("not valid YAML: %v", err)}
	}
	line, _ := strconv.Atoi(m[1])
	return Problem{Line: line, Reason: "not valid YAML: " + m[2]}
}
