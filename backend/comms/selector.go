package comms

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"rolloutdesk/backend/domain"
)

// Positions a template's phase may name instead of a phase.
const (
	PhaseAll       = "*"          // every phase
	PhaseFirst     = "first"      // the release's first phase
	PhaseLast      = "last"       // its last phase
	PhaseNextAfter = "next-after" // the phase after the one named
)

// Selector says which phases of a release a template applies to: one phase
// by name, a list of names, every phase, or a position — the first, the
// last, or the phase after a named one. Positions follow the release, so a
// template written for "first" suits "Internal → Beta → GA" and
// "Dogfood → 5% → 100%" alike.
type Selector struct {
	all      bool
	names    []string
	position string // PhaseFirst, PhaseLast or PhaseNextAfter
	after    string // the phase named by next-after
}

// ParseSelector reads a template's phase as front matter writes it: a
// name, "*", "first", "last", "next-after: NAME", or a YAML flow list of
// names such as ["Beta 5%", 25%]. The empty string means every phase.
func ParseSelector(s string) (Selector, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "{") {
		var n yaml.Node
		if err := yaml.Unmarshal([]byte(s), &n); err != nil || len(n.Content) == 0 {
			return Selector{}, fmt.Errorf("phase %s is not a list of phase names such as [\"Beta 5%%\", GA]", s)
		}
		return selectorFromNode(n.Content[0])
	}
	return scalarSelector(s)
}

// UnmarshalYAML reads the phase key of front matter (see ParseSelector); an
// error names the key's line.
func (s *Selector) UnmarshalYAML(n *yaml.Node) error {
	sel, err := selectorFromNode(n)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*s = sel
	return nil
}

// selectorFromNode reads the phase key of front matter: a text, a list of
// names, or a mapping {next-after: NAME}.
func selectorFromNode(n *yaml.Node) (Selector, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		return scalarSelector(n.Value)
	case yaml.SequenceNode:
		var sel Selector
		for _, item := range n.Content {
			if item.Kind != yaml.ScalarNode || strings.TrimSpace(item.Value) == "" {
				return Selector{}, fmt.Errorf("phase lists hold phase names; item %d is not one", len(sel.names)+1)
			}
			sel.names = append(sel.names, strings.TrimSpace(item.Value))
		}
		if len(sel.names) == 0 {
			return Selector{}, fmt.Errorf(`phase list is empty: name at least one phase, or use "*" for every phase`)
		}
		return sel, nil
	case yaml.MappingNode:
		if len(n.Content) == 2 && n.Content[0].Value == PhaseNextAfter && n.Content[1].Kind == yaml.ScalarNode && n.Content[1].Value != "" {
			return Selector{position: PhaseNextAfter, after: n.Content[1].Value}, nil
		}
	}
	return Selector{}, fmt.Errorf(`phase must be a phase name, a list of names, "*", first, last or {next-after: NAME}`)
}

func scalarSelector(s string) (Selector, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "" || s == PhaseAll:
		return Selector{all: true}, nil
	case s == PhaseFirst || s == PhaseLast:
		return Selector{position: s}, nil
	}
	if rest, ok := strings.CutPrefix(s, PhaseNextAfter+":"); ok {
		if after := strings.TrimSpace(rest); after != "" {
			return Selector{position: PhaseNextAfter, after: after}, nil
		}
		return Selector{}, fmt.Errorf("next-after needs a phase name: next-after: Beta")
	}
	return Selector{names: []string{s}}, nil
}

// String writes the selector the way ParseSelector reads it.
func (s Selector) String() string {
	switch {
	case s.all:
		return PhaseAll
	case s.position == PhaseNextAfter:
		return PhaseNextAfter + ": " + s.after
	case s.position != "":
		return s.position
	case len(s.names) == 1 && !strings.ContainsAny(s.names[0], "[{") && s.names[0] != PhaseFirst && s.names[0] != PhaseLast &&
		s.names[0] != PhaseAll && !strings.HasPrefix(s.names[0], PhaseNextAfter+":"):
		return s.names[0]
	}
	quoted := make([]string, len(s.names))
	for i, n := range s.names {
		quoted[i] = fmt.Sprintf("%q", n)
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}

// Matches reports whether the selector picks phase i of phases.
func (s Selector) Matches(phases []domain.Phase, i int) bool {
	if i < 0 || i >= len(phases) {
		return false
	}
	switch s.position {
	case PhaseFirst:
		return i == 0
	case PhaseLast:
		return i == len(phases)-1
	case PhaseNextAfter:
		return i > 0 && phases[i-1].Name == s.after
	}
	return s.all || slices.Contains(s.names, phases[i].Name)
}

// Picks lists the phases of phases the selector matches, in order.
func (s Selector) Picks(phases []domain.Phase) []domain.Phase {
	var out []domain.Phase
	for i, p := range phases {
		if s.Matches(phases, i) {
			out = append(out, p)
		}
	}
	return out
}

// Missing lists the phase names the selector relies on that phases lacks:
// a template for a phase the release does not have.
func (s Selector) Missing(phases []domain.Phase) []string {
	has := func(name string) bool {
		return slices.ContainsFunc(phases, func(p domain.Phase) bool { return p.Name == name })
	}
	var missing []string
	for _, n := range s.names {
		if !has(n) {
			missing = append(missing, n)
		}
	}
	if s.position == PhaseNextAfter && (!has(s.after) || phases[len(phases)-1].Name == s.after) {
		missing = append(missing, "a phase after "+s.after)
	}
	return missing
}
