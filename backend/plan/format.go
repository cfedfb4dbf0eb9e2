package plan

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"rolloutdesk/backend/domain"
)

// Format writes p as a canonical plan file: keys in a fixed order, empty
// ones left out, flags, expectations and unmet criteria on one line each as
// flow collections, dates as YYYY-MM-DD and whole percentages without a
// decimal point. A phase's flags items follow the order of the plan's flags.
//
// Text is double-quoted where it could be misread, and plain otherwise: it is
// quoted when YAML would not read it back as the same string (such as "true",
// "on", "5" or "2026-12-01"), and inside {…} or […] also when it holds a space
// or one of , : # [ ] { }. So variation: "true" and project: "Web Store" are
// quoted inside a flags item while name: Beta 5% is not.
func Format(p domain.Plan) ([]byte, error) {
	return encode(planNode(p), p.Release.Key)
}

// planNode is p as the YAML nodes Format writes.
func planNode(p domain.Plan) *yaml.Node {
	r := p.Release
	return mapNode(false,
		pair{"release", textNode(r.Key, false)},
		pair{"name", textNode(r.Name, false)},
		pair{"description", optionalText(r.Description)},
		pair{"owner", optionalText(r.Owner)},
		pair{"flags", listNode(false, each(p.Links, linkNode)...)},
		pair{"phases", listNode(false, each(p.Phases, func(ph domain.Phase) *yaml.Node { return phaseNode(ph, p.Links) })...)},
	)
}

// encode writes a plan file's nodes indented by two spaces; key names the
// release in the error.
func encode(doc *yaml.Node, key string) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("format plan %s: %w", key, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("format plan %s: %w", key, err)
	}
	return b.Bytes(), nil
}

func linkNode(l domain.FlagLink) *yaml.Node {
	return mapNode(true,
		pair{"provider", textNode(l.Provider, true)},
		pair{"project", textNode(l.Project, true)},
		pair{"environment", textNode(l.Environment, true)},
		pair{"key", textNode(l.FlagKey, true)},
		pair{"variation", textNode(l.Variation, true)},
	)
}

func phaseNode(ph domain.Phase, links []domain.FlagLink) *yaml.Node {
	linkIndex := func(fe domain.FlagExpectation) int {
		if i := slices.IndexFunc(links, fe.Matches); i >= 0 {
			return i
		}
		return len(links)
	}
	flags := slices.SortedStableFunc(slices.Values(ph.FlagExpects), func(a, b domain.FlagExpectation) int {
		return cmp.Compare(linkIndex(a), linkIndex(b))
	})
	var expect *yaml.Node
	if ph.Expect != nil {
		expect = expectNode(*ph.Expect)
	}
	return mapNode(false,
		pair{"name", textNode(ph.Name, false)},
		pair{"status", optionalText(string(ph.Status))},
		pair{"starts", dateNode(ph.PlannedStart)},
		pair{"ends", dateNode(ph.PlannedEnd)},
		pair{"audience", optionalText(ph.Audience)},
		pair{"owner", optionalText(ph.Owner)},
		pair{"expect", expect},
		pair{"flags", listNode(false, each(flags, flagExpectNode)...)},
		pair{"entry", checklist(ph.Entry)},
		pair{"exit", checklist(ph.Exit)},
	)
}

func flagExpectNode(fe domain.FlagExpectation) *yaml.Node {
	return mapNode(true,
		pair{"key", textNode(fe.FlagKey, true)},
		pair{"environment", textNode(fe.Environment, true)},
		pair{"expect", expectNode(fe.Expect)},
	)
}

func expectNode(e domain.Expectation) *yaml.Node {
	return mapNode(true,
		pair{"on", plainNode(strconv.FormatBool(e.On))},
		pair{"percent", plainNode(strconv.FormatFloat(e.Percent, 'f', -1, 64))},
		pair{"segments", listNode(true, each(e.Segments, func(s string) *yaml.Node { return textNode(s, true) })...)},
	)
}

// checklist is a flow list while every criterion is plain text (not done,
// not measured), else a block list in which the others are one-line
// mappings: {text: "…", check: "error_rate < 0.5", over: 3d} or
// {text: "…", done: true, by: dana@example.com, at: 2026-11-25}.
func checklist(items []domain.ChecklistItem) *yaml.Node {
	flow := !slices.ContainsFunc(items, func(it domain.ChecklistItem) bool { return !plainItem(it) })
	return listNode(flow, each(items, func(it domain.ChecklistItem) *yaml.Node {
		if plainItem(it) {
			return textNode(it.Text, flow)
		}
		var check, over, guardrail, done *yaml.Node
		if it.Check != nil {
			check = textNode(it.Check.String(), true)
		}
		if it.OverDays > 0 {
			over = plainNode(strconv.Itoa(it.OverDays) + "d")
		}
		if it.Guardrail {
			guardrail = plainNode("true")
		}
		if it.Done {
			done = plainNode("true")
		}
		return mapNode(true,
			pair{"text", textNode(it.Text, true)},
			pair{"check", check},
			pair{"over", over},
			pair{"guardrail", guardrail},
			pair{"done", done},
			pair{"by", optionalFlowText(it.By)},
			pair{"at", dateNode(it.At)},
		)
	})...)
}

// plainItem reports whether a criterion is written as its text alone.
func plainItem(it domain.ChecklistItem) bool {
	return !it.Done && it.Check == nil && !it.Guardrail && it.By == "" && it.At == nil
}

// pair is one key of a mapping and its value.
type pair struct {
	key   string
	value *yaml.Node
}

// mapNode builds a mapping, leaving out pairs with a nil value.
func mapNode(flow bool, pairs ...pair) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	if flow {
		n.Style = yaml.FlowStyle
	}
	for _, p := range pairs {
		if p.value != nil {
			n.Content = append(n.Content, plainNode(p.key), p.value)
		}
	}
	return n
}

// listNode builds a list, or returns nil when there are no items.
func listNode(flow bool, items ...*yaml.Node) *yaml.Node {
	if len(items) == 0 {
		return nil
	}
	n := &yaml.Node{Kind: yaml.SequenceNode, Content: items}
	if flow {
		n.Style = yaml.FlowStyle
	}
	return n
}

func each[T any](items []T, node func(T) *yaml.Node) []*yaml.Node {
	out := make([]*yaml.Node, len(items))
	for i, it := range items {
		out[i] = node(it)
	}
	return out
}

func plainNode(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

// textNode is s, double-quoted by the rule in Format's documentation; flow says
// whether it sits inside {…} or […].
func textNode(s string, flow bool) *yaml.Node {
	n := plainNode(s)
	if flow && strings.ContainsAny(s, " ,:#[]{}") || !plainSafe(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// plainSafe reports whether YAML reads s back as the same string when it is
// written without quotes, by asking the YAML encoder how it would write s.
func plainSafe(s string) bool {
	out, err := yaml.Marshal(s)
	return err == nil && string(out) == s+"\n"
}

// optional is textNode(s, false), or nil to leave an empty s out.
func optionalText(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return textNode(s, false)
}

// optionalFlowText is textNode(s, true), or nil to leave an empty s out.
func optionalFlowText(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return textNode(s, true)
}

func dateNode(t *time.Time) *yaml.Node {
	if t == nil {
		return nil
	}
	return plainNode(t.Format(time.DateOnly))
}
