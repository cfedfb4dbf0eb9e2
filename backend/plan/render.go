package plan

import (
	"gopkg.in/yaml.v3"

	"rolloutdesk/backend/domain"
)

// Render writes p as Format does, keeping the comments of base, the plan
// file p was edited from: a comment stays with the key, phase, flag or
// criterion it was written at, found by its name, key or text, so it
// survives edits and moves. Comments of things p no longer has are dropped,
// and so are comments inside one-line {…} and […]. A base that is not YAML
// gives its comments to nothing.
func Render(p domain.Plan, base []byte) ([]byte, error) {
	doc := &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{planNode(p)}}
	if old := rootNode(base); old != nil {
		carryComments(doc, old)
	}
	return encode(doc, p.Release.Key)
}

// carryComments copies the comments of from's keys and items to the same
// keys and items of to, and the document's own comments.
func carryComments(to, from *yaml.Node) {
	copyComments(to, from)
	copyComments(to.Content[0], from.Content[0])
	old := map[string]spot{}
	walk(from.Content[0], func(s spot) {
		if _, seen := old[s.id]; !seen && !s.flow {
			old[s.id] = s
		}
	})
	walk(to.Content[0], func(s spot) {
		if o, ok := old[s.id]; ok && !s.flow {
			copyComments(s.key, o.key)
			copyComments(s.value, o.value)
		}
	})
}

func copyComments(to, from *yaml.Node) {
	if to == nil || from == nil {
		return
	}
	to.HeadComment, to.LineComment, to.FootComment = from.HeadComment, from.LineComment, from.FootComment
}
