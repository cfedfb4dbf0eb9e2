// Support: a phase's guides and search across every guide.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type SupportHit = viewmodel.SupportHit;
export type PhaseSupport = viewmodel.PhaseSupport;

export const supportApi = {
  searchSupport: (query: string): Promise<SupportHit[]> => App.SearchSupport(query),
  supportView: (release: string, phase: string): Promise<PhaseSupport> => App.SupportView(release, phase),
};
