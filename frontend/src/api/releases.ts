// Releases: plans, linked flags and plan files.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type ReleaseSummary = viewmodel.ReleaseSummary;
export type Release = viewmodel.Release;
export type NewRelease = viewmodel.NewRelease;
export type Plan = viewmodel.Plan;
export type Phase = viewmodel.Phase;
export type FlagLink = viewmodel.FlagLink;
/** LinkDraft is a flag link as the link dialog builds it; a FlagLink is one too. */
export type LinkDraft = viewmodel.LinkDraft;
export type PlanProblem = viewmodel.Problem;
export type LinkHistory = viewmodel.LinkHistory;

export const releasesApi = {
  listReleases: (): Promise<ReleaseSummary[]> => App.ListReleases(),
  getRelease: (key: string): Promise<Plan> => App.GetRelease(key),
  createRelease: (r: NewRelease): Promise<Plan> => App.CreateRelease(r),
  linkFlag: (release: string, link: LinkDraft): Promise<Plan> => App.LinkFlag(release, link),
  unlinkFlag: (release: string, link: LinkDraft): Promise<Plan> => App.UnlinkFlag(release, link),
  planYAML: (release: string): Promise<string> => App.PlanYAML(release),
  checkPlanYAML: (name: string, text: string): Promise<PlanProblem[]> => App.CheckPlanYAML(name, text),
  savePlanYAML: (name: string, text: string): Promise<Plan> => App.SavePlanYAML(name, text),
  importPlanFile: (): Promise<string> => App.ImportPlanFile(),
  exportPlanFile: (release: string): Promise<string> => App.ExportPlanFile(release),
  releaseHistory: (release: string): Promise<LinkHistory[]> => App.ReleaseHistory(release),
};
