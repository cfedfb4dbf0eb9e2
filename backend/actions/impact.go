package actions

import (
	"fmt"
	"slices"
	"strings"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// KillImpact is what a kill switch does beyond turning the flag off, for the
// confirmation to say before anyone presses it.
type KillImpact struct {
	// Dependents are the flags in the same environment that require this
	// one as a prerequisite: killing it makes them serve their off
	// variations too. Sorted.
	Dependents []string `json:"dependents"`
	// Warnings are sentences for the confirmation, most serious first.
	Warnings []string `json:"warnings"`
}

// AssessKill works out the impact of killing flag, given the latest synced
// state of its environment's other flags.
func AssessKill(flag provider.FlagState, latest []domain.StoredFlag) KillImpact {
	impact := KillImpact{Dependents: []string{}, Warnings: []string{}}
	for _, other := range latest {
		if other.Provider != flag.Provider || other.Project != flag.Project || other.Environment != flag.Environment || other.Key == flag.Key {
			continue
		}
		if slices.ContainsFunc(other.Prerequisites, func(p provider.Prerequisite) bool { return p.Key == flag.Key }) {
			impact.Dependents = append(impact.Dependents, other.Key)
		}
	}
	slices.Sort(impact.Dependents)
	if flag.Archived {
		impact.Warnings = append(impact.Warnings, fmt.Sprintf("%s is archived in %s: it takes no changes until it is restored there.", flag.Key, flag.Provider))
	}
	if n := len(impact.Dependents); n > 0 {
		verb := "requires"
		if n > 1 {
			verb = "require"
		}
		impact.Warnings = append(impact.Warnings, fmt.Sprintf("%s %s %s as a prerequisite: killing it makes %s serve %s off variation too.",
			strings.Join(impact.Dependents, ", "), verb, flag.Key, pronoun(n), possessive(n)))
	}
	if flag.Purpose == provider.PurposeMigration {
		impact.Warnings = append(impact.Warnings, fmt.Sprintf("%s is a migration flag: killing it sends every context back to its off stage %q.",
			flag.Key, flag.OffVariation))
	}
	return impact
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

func possessive(n int) string {
	if n == 1 {
		return "its"
	}
	return "their"
}
