package plan

import (
	"time"

	"rolloutdesk/backend/domain"
)

// linkKey identifies a linked flag the way a phase's flags items name it.
type linkKey struct{ key, environment string }

// validate reports what is only wrong across fields: a flag linked twice, a
// phase name used twice, a phase that ends before it starts, a phase setting
// a flag the plan does not link (or setting it twice), a criterion listed
// twice in a phase, and more than one active phase. Fields already reported
// missing are skipped.
func (p *parser) validate(plan domain.Plan, at lines) {
	linked := map[linkKey]int{}
	for i, l := range plan.Links {
		k := linkKey{l.FlagKey, l.Environment}
		if first, dup := linked[k]; dup {
			p.addf(at.links[i], "flag %s in %s is listed twice (first at line %d); keep one", l.FlagKey, l.Environment, first)
		} else if l.FlagKey != "" && l.Environment != "" {
			linked[k] = at.links[i]
		}
	}
	names := map[string]int{}
	active := -1
	for i, phase := range plan.Phases {
		pl := at.phases[i]
		if first, dup := names[phase.Name]; dup {
			p.addf(pl.name, "phase name %q is used twice (first at line %d); rename one", phase.Name, first)
		} else if phase.Name != "" {
			names[phase.Name] = pl.name
		}
		if s, e := phase.PlannedStart, phase.PlannedEnd; s != nil && e != nil && e.Before(*s) {
			p.addf(pl.ends, "ends %s is before starts %s", e.Format(time.DateOnly), s.Format(time.DateOnly))
		}
		p.validateFlagExpects(phase, pl, linked)
		p.validateCriteria(phase, pl)
		if phase.Status != domain.PhaseActive {
			continue
		}
		if active >= 0 {
			p.addf(pl.status, "phase %q is active, but %q (line %d) is already active: only one phase can be active",
				phase.Name, plan.Phases[active].Name, at.phases[active].status)
		} else {
			active = i
		}
	}
}

// validateFlagExpects reports a phase's overrides for flags that are not
// linked or that it sets twice.
func (p *parser) validateFlagExpects(phase domain.Phase, pl phaseLines, linked map[linkKey]int) {
	set := map[linkKey]int{}
	for j, fe := range phase.FlagExpects {
		k := linkKey{fe.FlagKey, fe.Environment}
		_, isLinked := linked[k]
		switch first, dup := set[k]; {
		case fe.FlagKey == "" || fe.Environment == "":
		case dup:
			p.addf(pl.flags[j], "phase %q sets flag %s in %s twice (first at line %d); keep one", phase.Name, fe.FlagKey, fe.Environment, first)
		case !isLinked:
			p.addf(pl.flags[j], "phase %q sets flag %s in %s, which is not in flags: (add it there or fix the key/environment)",
				phase.Name, fe.FlagKey, fe.Environment)
		default:
			set[k] = pl.flags[j]
		}
	}
}

// validateCriteria reports a criterion whose text a phase lists twice, in
// its entry or exit criteria or across both: a criterion is ticked and
// judged by its phase and text, so two with one text could not be told
// apart.
func (p *parser) validateCriteria(phase domain.Phase, pl phaseLines) {
	seen := map[string]string{}
	for _, list := range []struct {
		name  string
		items []domain.ChecklistItem
		lines []int
	}{{"entry", phase.Entry, pl.entry}, {"exit", phase.Exit, pl.exit}} {
		for i, it := range list.items {
			if it.Text == "" {
				continue
			}
			if first, dup := seen[it.Text]; dup {
				p.addf(list.lines[i], "phase %q lists the criterion %q twice (in %s and %s): criteria are ticked by their text, so make each one different",
					phase.Name, it.Text, first, list.name)
				continue
			}
			seen[it.Text] = list.name
		}
	}
}
