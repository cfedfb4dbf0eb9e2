package comms

import (
	"rolloutdesk/backend/domain"
)

// Coverage is what a release's communications miss: templates written for
// phases it lacks, and phases whose customers hear nothing.
type Coverage struct {
	Release string `json:"release"` // key
	// Unmatched are the templates whose phase names a phase the release
	// lacks, so they never go out where their author meant.
	Unmatched []Unmatched `json:"unmatched"`
	// Silent are the names of the phases no customer-facing template (email
	// or in_app, sent with the phase) applies to.
	Silent []string `json:"silent"`
}

// Unmatched is a template relying on phases a release lacks.
type Unmatched struct {
	Template string         `json:"template"`
	Channel  domain.Channel `json:"channel"`
	Trigger  domain.Trigger `json:"trigger"`
	// Phase is the template's phase selector as written.
	Phase string `json:"phase"`
	// Missing are the phases it names that the release lacks, such as
	// "Beta 5%" or "a phase after GA".
	Missing []string `json:"missing"`
	// Applies are the phases of the release it still applies to.
	Applies []string `json:"applies"`
}

// Clean reports whether nothing is missing.
func (c Coverage) Clean() bool { return len(c.Unmatched) == 0 && len(c.Silent) == 0 }

// CheckCoverage lists, for plan, every template (partials left out) whose
// phase selector names a phase the plan lacks, and every phase that no
// phase-triggered email or in-app template applies to. The lists are empty,
// not nil, when nothing is missing.
func CheckCoverage(plan domain.Plan, templates []domain.Template) Coverage {
	c := Coverage{Release: plan.Release.Key, Unmatched: []Unmatched{}, Silent: []string{}}
	for _, t := range templates {
		if IsPartial(t.Name) {
			continue
		}
		sel := PhaseSelector(t)
		if missing := sel.Missing(plan.Phases); len(missing) > 0 {
			c.Unmatched = append(c.Unmatched, Unmatched{Template: t.Name, Channel: t.Channel, Trigger: t.Trigger,
				Phase: t.Phase, Missing: missing, Applies: names(sel.Picks(plan.Phases))})
		}
	}
	for i, p := range plan.Phases {
		if !customerFacing(templates, plan.Phases, i) {
			c.Silent = append(c.Silent, p.Name)
		}
	}
	return c
}

// customerFacing reports whether an email or in-app template goes out with
// phase i of phases.
func customerFacing(templates []domain.Template, phases []domain.Phase, i int) bool {
	for _, t := range templates {
		if (t.Channel == domain.ChannelEmail || t.Channel == domain.ChannelInApp) && Applies(t, domain.TriggerPhase, phases, i) {
			return true
		}
	}
	return false
}

// names are the names of phases; empty, not nil, when there are none.
func names(phases []domain.Phase) []string {
	out := make([]string, len(phases))
	for i, p := range phases {
		out[i] = p.Name
	}
	return out
}
