package viewmodel

import (
	"rolloutdesk/backend/actions"
)

// ActionResult is one flag before and after an action, both read from the
// provider.
type ActionResult struct {
	ID     FlagID    `json:"id"`
	Before FlagState `json:"before"`
	After  FlagState `json:"after"`
}

// FromActionResult maps an action's result.
func FromActionResult(r actions.Result) ActionResult {
	return ActionResult{ID: FlagID(r.ID), Before: FromFlagState(r.Before), After: FromFlagState(r.After)}
}

// KillImpact is what a kill switch does beyond turning the flag off.
type KillImpact struct {
	Dependents []string `json:"dependents"`
	Warnings   []string `json:"warnings"`
}

// FromKillImpact maps a kill's impact.
func FromKillImpact(k actions.KillImpact) KillImpact { return KillImpact(k) }

// Proposal is the dry run of a phase move. The window sends it back
// unchanged to confirm the move.
type Proposal struct {
	Release   string       `json:"release"`
	Direction string       `json:"direction"`
	From      string       `json:"from"`
	To        string       `json:"to"`
	Changes   []FlagChange `json:"changes"`
	Warnings  []string     `json:"warnings"`
}

// FromProposal maps a proposal.
func FromProposal(p actions.Proposal) Proposal {
	return Proposal{Release: p.Release, Direction: string(p.Direction), From: p.From, To: p.To, Changes: mapAll(p.Changes, fromFlagChange),
		Warnings: p.Warnings}
}

// Proposal maps the proposal back.
func (p Proposal) Proposal() actions.Proposal {
	return actions.Proposal{Release: p.Release, Direction: actions.Direction(p.Direction), From: p.From, To: p.To,
		Changes: mapAll(p.Changes, FlagChange.change), Warnings: p.Warnings}
}

// FlagChange is one flag's proposed new default rule.
type FlagChange struct {
	Link    FlagLink     `json:"link"`
	Before  FlagState    `json:"before"`
	After   []Allocation `json:"after"`
	Note    string       `json:"note"`
	Refused string       `json:"refused"`
}

func fromFlagChange(c actions.FlagChange) FlagChange {
	return FlagChange{Link: FlagLink(c.Link), Before: FromFlagState(c.Before), After: mapAll(c.After, fromAllocation), Note: c.Note, Refused: c.Refused}
}

func (c FlagChange) change() actions.FlagChange {
	return actions.FlagChange{Link: c.Link.link(), Before: c.Before.State(), After: mapAll(c.After, Allocation.allocation), Note: c.Note, Refused: c.Refused}
}
