// Actions through the providers: the kill switch and phase moves.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type ActionResult = viewmodel.ActionResult;
export type KillImpact = viewmodel.KillImpact;
export type Proposal = viewmodel.Proposal;
export type FlagChange = viewmodel.FlagChange;

export const actionsApi = {
  killFlag: (id: viewmodel.FlagID, on: boolean, comment: string, release: string): Promise<ActionResult> =>
    App.KillFlag(id, on, comment, release),
  killImpact: (id: viewmodel.FlagID): Promise<KillImpact> => App.KillImpact(id),
  proposeMove: (release: string, direction: 'advance' | 'rollback'): Promise<Proposal> =>
    App.ProposeMove(release, direction),
  applyMove: (proposal: Proposal, applyRollout: boolean, comment: string): Promise<ActionResult[]> =>
    App.ApplyMove(proposal, applyRollout, comment),
};
