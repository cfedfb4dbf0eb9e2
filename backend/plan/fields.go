package plan

import (
	"bytes"

	"gopkg.in/yaml.v3"
)

// FieldProblem is a Problem together with the field of the plan it is
// about, named as walk's spot.field does ("phases.2.ends"); Field is ""
// when the problem's line holds no one field.
type FieldProblem struct {
	Field  string
	Line   int
	Reason string
}

// Locate names the field each problem of the plan file data is about: the
// innermost key or list item written on the problem's line. Everything in a
// one-line {…} or […] belongs to the key that holds it, so a percentage out
// of range is about phases.2.expect.
func Locate(data []byte, problems []Problem) []FieldProblem {
	at := fieldsByLine(data)
	out := make([]FieldProblem, len(problems))
	for i, p := range problems {
		out[i] = FieldProblem{Field: at[p.Line], Line: p.Line, Reason: p.Reason}
	}
	return out
}

// fieldsByLine maps each line that starts a field to the innermost field
// starting there. A file that is not YAML maps nothing.
func fieldsByLine(data []byte) map[int]string {
	at := map[int]string{}
	root := rootNode(data)
	if root == nil {
		return at
	}
	walk(root.Content[0], func(s spot) {
		if !s.flow {
			at[s.line()] = s.field // parents come first, so the innermost stays
		}
	})
	return at
}

// rootNode is the first YAML document of data, holding one node, or nil
// when data does not read as YAML.
func rootNode(data []byte) *yaml.Node {
	var doc yaml.Node
	if yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc) != nil || len(doc.Content) == 0 {
		return nil
	}
	return &doc
}
