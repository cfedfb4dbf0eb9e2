package plan

import (
	"strconv"

	"gopkg.in/yaml.v3"
)

// spot is one key and its value, or one list item, of a plan file's YAML.
type spot struct {
	// field names it by position as the editor's form does: phases.2.exit.1,
	// or release, name, flags.0; a phase's flags item by its flag instead,
	// phases.2.flags.checkout_v2@Production.
	field string
	// id names it by what it is, so it is found again after items move:
	// phases[Beta 5%].exit[No P1 tickets].
	id    string
	key   *yaml.Node // nil for a list item
	value *yaml.Node
	flow  bool // inside a {…} or […] written on one line
}

// line is where the spot starts in its file.
func (s spot) line() int {
	if s.key != nil {
		return s.key.Line
	}
	return s.value.Line
}

// walk calls visit for every key and list item under root, parents first.
func walk(root *yaml.Node, visit func(spot)) {
	walkNode(root, spot{value: root}, visit)
}

func walkNode(n *yaml.Node, at spot, visit func(spot)) {
	flow := at.flow || n.Style&yaml.FlowStyle != 0
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			s := spot{field: join(at.field, k.Value), id: join(at.id, k.Value), key: k, value: v, flow: flow}
			visit(s)
			walkNode(v, s, visit)
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			s := spot{field: join(at.field, itemField(at.field, i, item)), id: at.id + "[" + itemID(i, item) + "]", value: item, flow: flow}
			visit(s)
			walkNode(item, s, visit)
		}
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// itemField names a list item in a field path: by its position, except a
// phase's flags item, which is named key@environment like the flag it sets.
func itemField(list string, i int, item *yaml.Node) string {
	key, env := scalarValue(item, "key"), scalarValue(item, "environment")
	if list != "flags" && key != "" && env != "" {
		return key + "@" + env
	}
	return strconv.Itoa(i)
}

// itemID names a list item by what it is: a phase by its name, a flag by
// key@environment, a criterion or segment by its text.
func itemID(i int, item *yaml.Node) string {
	if item.Kind == yaml.ScalarNode {
		return item.Value
	}
	if name := scalarValue(item, "name"); name != "" {
		return name
	}
	if key := scalarValue(item, "key"); key != "" {
		return key + "@" + scalarValue(item, "environment")
	}
	if text := scalarValue(item, "text"); text != "" {
		return text
	}
	return "#" + strconv.Itoa(i)
}

// scalarValue is the text of key in mapping n, or "".
func scalarValue(n *yaml.Node, key string) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key && n.Content[i+1].Kind == yaml.ScalarNode {
			return n.Content[i+1].Value
		}
	}
	return ""
}
