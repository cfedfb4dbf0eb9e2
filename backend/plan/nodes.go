package plan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// parser reads a plan file's YAML nodes, collecting every problem instead of
// stopping at the first.
type parser struct {
	problems []Problem
}

func (p *parser) addf(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{Line: line, Reason: fmt.Sprintf(format, args...)})
}

// fields are the values of one YAML mapping by key. label names the mapping
// in problems, such as `phase "Beta 5%"`; it is empty for the whole file.
type fields struct {
	p      *parser
	line   int
	label  string
	bad    bool // not a mapping: already reported, so nothing is missing
	keys   map[string]*yaml.Node
	values map[string]*yaml.Node
}

// mapping reads n as a mapping that may hold only the known keys, reporting
// any other key and any key given twice. shape says what n should look like
// when it is not a mapping at all.
func (p *parser) mapping(n *yaml.Node, shape, label string, known ...string) fields {
	f := fields{p: p, line: n.Line, label: label, keys: map[string]*yaml.Node{}, values: map[string]*yaml.Node{}}
	if n.Kind != yaml.MappingNode {
		p.addf(n.Line, "%s, not %s", shape, describe(n))
		f.bad = true
		return f
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch first, seen := f.keys[k.Value]; {
		case !slices.Contains(known, k.Value):
			p.addf(k.Line, "unknown key %q%s (known: %s)", k.Value, f.where(), strings.Join(known, ", "))
		case seen:
			p.addf(k.Line, "key %q is given twice%s (first at line %d); keep one", k.Value, f.where(), first.Line)
		default:
			f.keys[k.Value], f.values[k.Value] = k, v
		}
	}
	return f
}

// where is the label as a suffix for a problem's reason.
func (f fields) where() string {
	if f.label == "" {
		return ""
	}
	return " in " + f.label
}

// lineOf returns the line of key, or of the mapping when key is absent.
func (f fields) lineOf(key string) int {
	if k := f.keys[key]; k != nil {
		return k.Line
	}
	return f.line
}

// get returns the value of key, or nil when it is absent or null.
func (f fields) get(key string) *yaml.Node {
	n := f.values[key]
	if n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil
	}
	return n
}

// need returns the value of key, reporting it as missing when absent or
// empty; hint tells the user what to write.
func (f fields) need(key, hint string) *yaml.Node {
	n := f.get(key)
	if n == nil || n.Kind == yaml.ScalarNode && n.Value == "" {
		if !f.bad {
			f.p.addf(f.lineOf(key), "%s is missing%s (%s)", key, f.where(), hint)
		}
		return nil
	}
	return n
}

// required returns the text of a key that must be set.
func (f fields) required(key, hint string) string {
	if n := f.need(key, hint); n != nil {
		return f.p.text(n, key)
	}
	return ""
}

// text returns the text of an optional key, "" when absent.
func (f fields) text(key string) string {
	if n := f.get(key); n != nil {
		return f.p.text(n, key)
	}
	return ""
}

// oneOf returns s, the text of key, reporting it unless it is empty or
// allowed.
func (f fields) oneOf(s, key string, allowed ...string) string {
	if s != "" && !slices.Contains(allowed, s) {
		f.p.addf(f.get(key).Line, "%s %q is not one of %s", key, s, strings.Join(allowed, ", "))
	}
	return s
}

// date returns the YYYY-MM-DD date of an optional key as midnight UTC.
func (f fields) date(key string) *time.Time {
	n := f.get(key)
	if n == nil {
		return nil
	}
	s, ok := f.p.scalar(n, key, "a date (YYYY-MM-DD)")
	if !ok {
		return nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		f.p.addf(n.Line, "%s %q is not a date (use YYYY-MM-DD)", key, s)
		return nil
	}
	return &t
}

// list returns the items of an optional list.
func (f fields) list(key string) []*yaml.Node {
	n := f.get(key)
	if n == nil {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		f.p.addf(n.Line, "%s must be a list, not %s", key, describe(n))
		return nil
	}
	return n.Content
}

// scalar returns n's text, reporting collections; want says what n should be.
func (p *parser) scalar(n *yaml.Node, what, want string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.addf(n.Line, "%s must be %s, not %s", what, want, describe(n))
		return "", false
	}
	return n.Value, true
}

// text returns n's text. Any scalar counts, so key: 2026 reads as "2026".
func (p *parser) text(n *yaml.Node, what string) string {
	s, _ := p.scalar(n, what, "text")
	return s
}

// boolean returns n as true or false.
func (p *parser) boolean(n *yaml.Node, what string) bool {
	var b bool
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		p.addf(n.Line, "%s must be true or false, not %s", what, describe(n))
	}
	return b
}

// number returns n as a number.
func (p *parser) number(n *yaml.Node, what string) (float64, bool) {
	var v float64
	if n.Kind != yaml.ScalarNode || (n.ShortTag() != "!!int" && n.ShortTag() != "!!float") || n.Decode(&v) != nil {
		p.addf(n.Line, "%s must be a number, not %s", what, describe(n))
		return 0, false
	}
	return v, true
}

// describe names what n is, for "must be X, not Y" problems.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias (aliases are not supported: write the value out)"
	}
	if n.ShortTag() == "!!null" {
		return "an empty value"
	}
	return strconv.Quote(n.Value)
}
