package drift

import (
	"fmt"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// blockedByPrerequisite turns an on-plan verdict into Blocked when one of the
// flag's prerequisites keeps contexts from reaching its targeting: the
// prerequisite is off, archived, missing from the synced state, or serves
// the required variation to fewer than everyone. Those contexts get the
// flag's off variation.
func blockedByPrerequisite(f Flag, byID map[provider.ID]domain.StoredFlag) Flag {
	self := byID[provider.ID{Provider: f.Provider, Project: f.Project, Environment: f.Environment, Key: f.Key}]
	for _, pre := range self.Prerequisites {
		reason := prerequisiteProblem(pre, lookup(byID, provider.ID{Provider: f.Provider, Project: f.Project, Environment: f.Environment, Key: pre.Key}))
		if reason == "" {
			continue
		}
		f.Verdict = Blocked
		f.Reason = fmt.Sprintf("Configured as planned, but it requires %s to serve %s and %s, so contexts that fail it get the %s %s.",
			pre.Key, quote(pre.Variation), reason, provider.WordsFor(f.Provider).OffVariation, quote(self.OffVariation))
		return f
	}
	return f
}

// prerequisiteProblem says why prerequisite pre is not met for everyone, or
// "" when it is: on, not archived, serving the required variation to all.
func prerequisiteProblem(pre provider.Prerequisite, got *domain.StoredFlag) string {
	switch {
	case got == nil:
		return "it is not in the synced state"
	case got.Archived:
		return "it is archived"
	case !got.On:
		return "it is off"
	}
	if share := got.EffectiveExposure(pre.Variation); share < 100-tolerance {
		return fmt.Sprintf("it serves that to only %s", percent(share))
	}
	return ""
}
