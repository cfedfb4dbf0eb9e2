// Package drift compares a release plan's active phase with the flag state
// last synced from the providers and gives every linked flag a verdict with a
// one-sentence reason.
package drift

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// Verdict says how a flag stands against its plan.
type Verdict string

// Verdicts, from best to worst news.
const (
	OnPlan       Verdict = "on_plan"       // serving what the phase plans
	Behind       Verdict = "behind"        // serving the variation to fewer than planned
	Ahead        Verdict = "ahead"         // serving it to more than planned
	Off          Verdict = "off"           // planned on, actually off or killed
	UnexpectedOn Verdict = "unexpected_on" // planned off, actually on
	Blocked      Verdict = "blocked"       // a prerequisite keeps it from serving as planned
	Archived     Verdict = "archived"      // archived in the provider: SDKs serve their fallback
	Missing      Verdict = "missing"       // flag or environment not in the synced state
	Stale        Verdict = "stale"         // not synced within the window
)

// labels name the verdicts for sentences: "checkout in production is behind
// plan".
var labels = map[Verdict]string{
	OnPlan: "on plan", Behind: "behind plan", Ahead: "ahead of plan", Off: "off", UnexpectedOn: "unexpectedly on",
	Blocked: "blocked by a prerequisite", Archived: "archived", Missing: "missing from the synced state", Stale: "stale",
}

// Label names a verdict for a sentence.
func Label(v Verdict) string {
	if l, ok := labels[v]; ok {
		return l
	}
	return string(v)
}

// DefaultStaleAfter is how old a synced state may be before its verdict is
// stale.
const DefaultStaleAfter = 24 * time.Hour

// tolerance absorbs rounding in provider percentages (LaunchDarkly weights
// are thousandths of a percent).
const tolerance = 0.001

// State is the part of a flag's state a verdict compares.
type State struct {
	On bool `json:"on"`
	// Percent is the share of all traffic that gets the linked variation:
	// for a plan, what it expects; for a flag, its effective exposure.
	Percent float64 `json:"percent"`
	// RulePercent and TrafficAllocation say where an actual Percent comes
	// from: the variation's share of the default rule, within the traffic
	// allocation (Split's limit exposure; 100 elsewhere). Zero in a plan.
	RulePercent       float64 `json:"rule_percent,omitempty"`
	TrafficAllocation float64 `json:"traffic_allocation,omitempty"`
}

// Flag is one linked flag's verdict.
type Flag struct {
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	Environment string `json:"environment"`
	Key         string `json:"key"`
	Variation   string `json:"variation"`
	Expected    State  `json:"expected"`
	Actual      *State `json:"actual"`
	// ActualText renders Actual for people ("On, 40% of 50% exposure =
	// 20%", "Off"); "Not synced" when there is no state.
	ActualText string  `json:"actual_text"`
	Verdict    Verdict `json:"verdict"`
	Reason     string  `json:"reason"`
}

// Report is the drift of one release's active phase.
type Report struct {
	Release string `json:"release"`
	Phase   string `json:"phase"` // the active phase; "" when none is active
	Flags   []Flag `json:"flags"`
}

// Drifting counts the flags that are not on plan.
func (r Report) Drifting() int {
	n := 0
	for _, f := range r.Flags {
		if f.Verdict != OnPlan {
			n++
		}
	}
	return n
}

// Evaluate judges every linked flag that the active phase has an expectation
// for, against the latest synced states.
func Evaluate(plan domain.Plan, latest []domain.StoredFlag, now time.Time, staleAfter time.Duration) Report {
	report := Report{Release: plan.Release.Key, Flags: []Flag{}}
	phase := plan.ActivePhase()
	if phase == nil {
		return report
	}
	report.Phase = phase.Name
	byID := make(map[provider.ID]domain.StoredFlag, len(latest))
	for _, f := range latest {
		byID[f.ID()] = f
	}
	for _, link := range plan.Links {
		expect := phase.ExpectationFor(link)
		if expect == nil {
			continue
		}
		id := provider.ID{Provider: link.Provider, Project: link.Project, Environment: link.Environment, Key: link.FlagKey}
		f := judge(link, *expect, lookup(byID, id), now, staleAfter)
		if f.Verdict == OnPlan && expect.On {
			f = blockedByPrerequisite(f, byID)
		}
		report.Flags = append(report.Flags, f)
	}
	return report
}

// lookup returns the stored flag with id, or nil.
func lookup(byID map[provider.ID]domain.StoredFlag, id provider.ID) *domain.StoredFlag {
	if f, ok := byID[id]; ok {
		return &f
	}
	return nil
}

// judge gives one link its verdict; stored is nil when the flag is not in the
// synced state.
func judge(link domain.FlagLink, expect domain.Expectation, stored *domain.StoredFlag, now time.Time, staleAfter time.Duration) Flag {
	f := Flag{
		Provider: link.Provider, Project: link.Project, Environment: link.Environment, Key: link.FlagKey,
		Variation: link.Variation, Expected: State{On: expect.On, Percent: expect.Percent},
	}
	where := fmt.Sprintf("%s %s/%s", link.Provider, link.Project, link.Environment)
	f.ActualText = "Not synced"
	if stored == nil {
		f.Verdict = Missing
		f.Reason = fmt.Sprintf("%s is not in the synced state of %s: sync that connection, or fix the link's key or environment.", link.FlagKey, where)
		return f
	}
	w := provider.WordsFor(link.Provider)
	actual := State{On: stored.On, Percent: stored.Exposure(link.Variation), RulePercent: stored.PercentServing(link.Variation),
		TrafficAllocation: stored.TrafficAllocation}
	f.Actual = &actual
	f.ActualText = capitalize(w.Off)
	if actual.On {
		f.ActualText = "On, " + Exposure(actual, w)
	}
	if age := now.Sub(stored.CheckedAt); age > staleAfter {
		f.Verdict = Stale
		f.Reason = fmt.Sprintf("Last synced %s ago, longer than the %s window: sync %s to judge it.", roughly(age), roughly(staleAfter), where)
		return f
	}
	if stored.Archived {
		f.Verdict = Archived
		f.Reason = fmt.Sprintf("%s is archived in %s: SDKs no longer receive it and serve the fallback value from code. "+
			"Restore it in %s, or remove its link from the plan.", link.FlagKey, where, link.Provider)
		return f
	}
	f.Verdict, f.Reason = compare(link, expect, actual, stored.Segments, w)
	return f
}

// Exposure explains an actual state's percentage in its provider's words
// w: "40% of 50% traffic allocation = 20%" when a traffic allocation below
// 100 limits it (adding the traffic outside it when that gets the same
// treatment as the default treatment), else just "20%".
func Exposure(s State, w provider.Words) string {
	if s.TrafficAllocation >= 100-tolerance || !s.On {
		return percent(s.Percent)
	}
	inside := s.RulePercent * s.TrafficAllocation / 100
	text := fmt.Sprintf("%s of %s %s", percent(s.RulePercent), percent(s.TrafficAllocation), w.Exposure)
	if s.Percent > inside+tolerance {
		text += fmt.Sprintf(" + %s outside it as the %s", percent(100-s.TrafficAllocation), w.OffVariation)
	}
	return text + " = " + percent(s.Percent)
}

// compare judges an actual state against the phase's expectation, in the
// words of the link's provider: LaunchDarkly's "off" and variations,
// Split's "killed" and treatments.
func compare(link domain.FlagLink, expect domain.Expectation, actual State, segments []string, w provider.Words) (Verdict, string) {
	serving := fmt.Sprintf("%s to %s", quote(link.Variation), Exposure(actual, w))
	if link.Provider == provider.Split {
		serving = w.Variation + " " + serving
	}
	switch {
	case !expect.On && actual.On:
		return UnexpectedOn, fmt.Sprintf("Planned %s in this phase, but it is %s, serving %s.", w.Off, w.On, serving)
	case !expect.On:
		return OnPlan, capitalize(w.Off) + ", as planned."
	case !actual.On:
		return Off, fmt.Sprintf("Planned on at %s, but the %s is %s.", percent(expect.Percent), w.Flag, w.Off)
	case actual.Percent < expect.Percent-tolerance:
		return Behind, fmt.Sprintf("Serving %s; the phase plans %s.", serving, percent(expect.Percent))
	case actual.Percent > expect.Percent+tolerance:
		return Ahead, fmt.Sprintf("Serving %s; the phase plans only %s.", serving, percent(expect.Percent))
	}
	var absent []string
	for _, s := range expect.Segments {
		if !slices.Contains(segments, s) {
			absent = append(absent, s)
		}
	}
	if len(absent) > 0 {
		return Behind, fmt.Sprintf("Serving %s as planned, but the required segment %s is not targeted.", serving, strings.Join(absent, ", "))
	}
	return OnPlan, fmt.Sprintf("Serving %s, as planned.", serving)
}

func quote(s string) string { return "“" + s + "”" }

// capitalize upper-cases the first letter of a word: "killed" → "Killed".
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func percent(p float64) string {
	if p == math.Trunc(p) {
		return fmt.Sprintf("%.0f%%", p)
	}
	return fmt.Sprintf("%.3g%%", p)
}

// roughly renders a duration the way people say it: "3 days", "5 hours",
// "12 minutes".
func roughly(d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%d days", int(d.Hours()/24))
	case d >= 2*time.Hour:
		return fmt.Sprintf("%d hours", int(d.Hours()))
	default:
		return fmt.Sprintf("%d minutes", int(d.Minutes()))
	}
}
