package plan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"

	"gopkg.in/yaml.v3"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// The keys each mapping of a plan file may hold, in canonical order.
var (
	planKeys      = []string{"release", "name", "description", "owner", "flags", "phases"}
	linkKeys      = []string{"provider", "project", "environment", "key", "variation"}
	phaseKeys     = []string{"name", "status", "starts", "ends", "audience", "owner", "expect", "flags", "entry", "exit"}
	phaseFlagKeys = []string{"key", "environment", "expect"}
	expectKeys    = []string{"on", "percent", "segments"}
	itemKeys      = []string{"text", "check", "over", "guardrail", "done", "by", "at"}
)

var (
	providers = []string{provider.LaunchDarkly, provider.Split, provider.Demo}
	statuses  = []string{string(domain.PhasePlanned), string(domain.PhaseActive), string(domain.PhaseDone), string(domain.PhaseRolledBack)}
)

// lines records where parts of a plan are in its file, for the problems
// that only show across fields.
type lines struct {
	links  []int
	phases []phaseLines
}

type phaseLines struct {
	name, status, ends int
	flags, entry, exit []int
}

// Parse reads a plan file. name is the file's name as the user knows it and
// prefixes every problem. A rejected file yields an *Error listing every
// problem found. Phases get their position from the file's order and the
// planned status unless they say otherwise; started and ended times are not
// part of a plan file and stay nil.
func Parse(name string, data []byte) (domain.Plan, error) {
	p := &parser{}
	var plan domain.Plan
	if root := p.document(data); root != nil {
		var at lines
		plan, at = p.plan(root)
		p.validate(plan, at)
	}
	if len(p.problems) > 0 {
		return domain.Plan{}, newError(name, p.problems)
	}
	return plan, nil
}

// yamlError is how gopkg.in/yaml.v3 words a syntax error with its line.
var yamlError = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// document returns the one YAML document in data, or nil when there is none.
func (p *parser) document(data []byte) *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc, next yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			p.addf(1, "the file is empty (a plan starts with release: KEY)")
		} else {
			p.problems = append(p.problems, syntaxProblem(data, err))
		}
		return nil
	}
	switch err := dec.Decode(&next); {
	case err == nil:
		p.addf(next.Line, "a file holds one plan: remove the second YAML document")
	case !errors.Is(err, io.EOF):
		p.problems = append(p.problems, syntaxProblem(data, err))
	}
	return doc.Content[0]
}

func (p *parser) plan(root *yaml.Node) (domain.Plan, lines) {
	f := p.mapping(root, "a plan must be a mapping that starts with release: KEY", "", planKeys...)
	plan := domain.Plan{
		Release: domain.Release{
			Key:         f.required("release", "the release key, e.g. release: new-checkout"),
			Name:        f.required("name", "the release name, e.g. name: New checkout"),
			Description: f.text("description"),
			Owner:       f.text("owner"),
		},
		Links:  []domain.FlagLink{},
		Phases: []domain.Phase{},
	}
	var at lines
	for i, n := range f.list("flags") {
		plan.Links = append(plan.Links, p.link(n, i))
		at.links = append(at.links, n.Line)
	}
	for i, n := range f.list("phases") {
		phase, pl := p.phase(n, i)
		plan.Phases = append(plan.Phases, phase)
		at.phases = append(at.phases, pl)
	}
	return plan, at
}

// link reads the flag link at index i of the flags list.
func (p *parser) link(n *yaml.Node, i int) domain.FlagLink {
	f := p.mapping(n, `a flags item must be a mapping like {provider: launchdarkly, project: default, environment: production, key: new-checkout, variation: "true"}`,
		fmt.Sprintf("flags item %d", i+1), linkKeys...)
	return domain.FlagLink{
		Provider:    f.oneOf(f.required("provider", "launchdarkly, split or demo"), "provider", providers...),
		Project:     f.required("project", "the LaunchDarkly project key or Split workspace name"),
		Environment: f.required("environment", "the environment key or name"),
		FlagKey:     f.required("key", "the flag key"),
		Variation:   f.required("variation", `the variation that counts as released, e.g. variation: "true"`),
	}
}

// phase reads the phase at index i of the phases list.
func (p *parser) phase(n *yaml.Node, i int) (domain.Phase, phaseLines) {
	label := fmt.Sprintf("phase %d", i+1)
	if name := peekName(n); name != "" {
		label = fmt.Sprintf("phase %q", name)
	}
	f := p.mapping(n, "a phase must be a mapping that starts with name: …", label, phaseKeys...)
	phase := domain.Phase{
		Position:     i,
		Name:         f.required("name", "every phase needs one, e.g. name: Beta 5%"),
		Status:       domain.PhaseStatus(f.oneOf(f.text("status"), "status", statuses...)),
		Audience:     f.text("audience"),
		Owner:        f.text("owner"),
		PlannedStart: f.date("starts"),
		PlannedEnd:   f.date("ends"),
		FlagExpects:  []domain.FlagExpectation{},
		Entry:        f.checklist("entry"),
		Exit:         f.checklist("exit"),
	}
	if phase.Status == "" {
		phase.Status = domain.PhasePlanned
	}
	if e := f.get("expect"); e != nil {
		expect := p.expectation(e, "expect of "+label)
		phase.Expect = &expect
	}
	at := phaseLines{name: f.lineOf("name"), status: f.lineOf("status"), ends: f.lineOf("ends"),
		entry: itemLines(f.get("entry")), exit: itemLines(f.get("exit"))}
	for j, fn := range f.list("flags") {
		phase.FlagExpects = append(phase.FlagExpects, p.flagExpect(fn, fmt.Sprintf("flags item %d of %s", j+1, label)))
		at.flags = append(at.flags, fn.Line)
	}
	return phase, at
}

// itemLines returns the line of each item of a list; none when n is absent
// or not a list (reading the list reports that).
func itemLines(n *yaml.Node) []int {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	lines := make([]int, len(n.Content))
	for i, item := range n.Content {
		lines[i] = item.Line
	}
	return lines
}

// peekName returns a phase's name before its mapping is read, to name the
// phase in problems about its other keys.
func peekName(n *yaml.Node) string { return scalarValue(n, "name") }

func (p *parser) flagExpect(n *yaml.Node, label string) domain.FlagExpectation {
	f := p.mapping(n, "a phase's flags item must be a mapping like {key: checkout_v2, environment: Production, expect: {on: true, percent: 10}}",
		label, phaseFlagKeys...)
	fe := domain.FlagExpectation{
		FlagKey:     f.required("key", "the key of a flag under the plan's flags"),
		Environment: f.required("environment", "the environment of a flag under the plan's flags"),
	}
	if e := f.need("expect", "e.g. expect: {on: true, percent: 10}"); e != nil {
		fe.Expect = p.expectation(e, "expect of "+label)
	}
	return fe
}

func (p *parser) expectation(n *yaml.Node, label string) domain.Expectation {
	f := p.mapping(n, "expect must be a mapping like {on: true, percent: 5}", label, expectKeys...)
	var e domain.Expectation
	if on := f.need("on", "on: true or on: false"); on != nil {
		e.On = p.boolean(on, "on")
	}
	if n := f.get("percent"); n != nil {
		if pct, ok := p.number(n, "percent"); ok && !(pct >= 0 && pct <= 100) {
			p.addf(n.Line, "percent %s is outside 0–100", n.Value)
		} else {
			e.Percent = pct
		}
	}
	for _, s := range f.list("segments") {
		e.Segments = append(e.Segments, p.text(s, "a segment"))
	}
	return e
}

// checklist reads the entry or exit criteria under key.
func (f fields) checklist(key string) []domain.ChecklistItem {
	items := []domain.ChecklistItem{}
	for i, n := range f.list(key) {
		items = append(items, f.p.checklistItem(n, fmt.Sprintf("%s item %d of %s", key, i+1, f.label)))
	}
	return items
}

// checklistItem reads a criterion: its text, or a mapping that measures it
// ({text, check, over, guardrail}) or records it met ({text, done, by, at}).
func (p *parser) checklistItem(n *yaml.Node, label string) domain.ChecklistItem {
	if n.Kind == yaml.ScalarNode && n.ShortTag() != "!!null" && n.Value != "" {
		return domain.ChecklistItem{Text: n.Value}
	}
	f := p.mapping(n, `a criterion must be text or a mapping like {text: "…", done: true} or {text: "…", check: "error_rate < 0.5"}`, label, itemKeys...)
	item := domain.ChecklistItem{Text: f.required("text", "what must be true"), By: f.text("by"), At: f.date("at")}
	if c := f.get("check"); c != nil {
		if check, err := domain.ParseCheck(p.text(c, "check")); err != nil {
			p.addf(c.Line, "%v", err)
		} else {
			item.Check = &check
		}
	}
	if o := f.get("over"); o != nil {
		days, err := domain.ParseOverDays(p.text(o, "over"))
		if err != nil {
			p.addf(o.Line, "%v", err)
		}
		item.OverDays = days
	}
	if g := f.get("guardrail"); g != nil {
		item.Guardrail = p.boolean(g, "guardrail")
	}
	if d := f.get("done"); d != nil {
		item.Done = p.boolean(d, "done")
	}
	measured := f.get("check") != nil
	for _, key := range []string{"over", "guardrail"} {
		if f.get(key) != nil && !measured {
			p.addf(f.lineOf(key), "%s applies to a measured criterion%s: add check: \"METRIC OP NUMBER\" or remove %s", key, f.where(), key)
		}
	}
	if measured && f.get("done") != nil {
		p.addf(f.lineOf("done"), "a measured criterion is judged from its metric%s: remove done (or remove check to tick it by hand)", f.where())
	}
	for _, key := range []string{"by", "at"} {
		if f.get(key) != nil && !item.Done {
			p.addf(f.lineOf(key), "%s records who met the criterion and when%s: set done: true or remove %s", key, f.where(), key)
		}
	}
	return item
}
