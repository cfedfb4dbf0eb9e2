package main

import (
	"rolloutdesk/backend/actions"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// KillFlag turns a flag off (on=false) or restores it (on=true) through its
// provider and returns the state read back afterwards.
func (a *App) KillFlag(id vm.FlagID, on bool, comment, release string) (vm.ActionResult, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.ActionResult, error) {
		res, changes, err := ws.Actions.Kill(a.ctx, actions.KillRequest{ID: id.ID(), On: on, Comment: comment, Release: release})
		a.announceDrift(changes)
		return adapt(vm.FromActionResult)(res, err)
	})
}

// KillImpact says what killing a flag does beyond the flag itself, for the
// kill confirmation: the flags that require it, migration and archived notes.
func (a *App) KillImpact(id vm.FlagID) (vm.KillImpact, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.KillImpact, error) {
		return adapt(vm.FromKillImpact)(ws.Actions.KillImpact(a.ctx, id.ID()))
	})
}

// ProposeMove previews advancing ("advance") or rolling back ("rollback") a
// release.
func (a *App) ProposeMove(release string, direction string) (vm.Proposal, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Proposal, error) {
		return adapt(vm.FromProposal)(ws.Actions.ProposeMove(a.ctx, release, actions.Direction(direction)))
	})
}

// ApplyMove performs a previewed move; applyRollout writes the proposed
// default rules, else only the phases move.
func (a *App) ApplyMove(proposal vm.Proposal, applyRollout bool, comment string) ([]vm.ActionResult, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.ActionResult, error) {
		move := actions.Move{Proposal: proposal.Proposal(), ApplyRollout: applyRollout, Comment: comment}
		results, changes, err := ws.Actions.ApplyMove(a.ctx, move)
		a.announceDrift(changes)
		return adaptAll(vm.FromActionResult)(results, err)
	})
}
