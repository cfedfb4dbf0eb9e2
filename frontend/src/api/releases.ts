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
/** PlanDraft is a plan as the plan editor's form edits it. */
export type PlanDraft = viewmodel.PlanDraft;
export type PhaseDraft = viewmodel.PhaseDraft;
export type DraftCheck = viewmodel.DraftCheck;
export type DraftRead = viewmodel.DraftRead;
/**
 * Fields is a view model's data without the generated class's methods: what
 * a form builds from spreads and literals, and what the Go side reads.
 */
export type Fields<T> = T extends (infer U)[]
  ? Fields<U>[]
  : T extends object
    ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Fields<T[K]> }
    : T;
/** PlanForm is a PlanDraft as the form holds it. */
export type PlanForm = Fields<PlanDraft>;
/** FieldProblem is a problem of the form's plan on one field, e.g. "phases.2.ends". */
export type FieldProblem = viewmodel.FieldProblem;
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
  planDraft: (release: string): Promise<PlanDraft> => App.PlanDraft(release),
  readPlanDraft: (name: string, text: string): Promise<DraftRead> => App.ReadPlanDraft(name, text),
  checkPlanDraft: (draft: PlanForm, base: string): Promise<DraftCheck> => App.CheckPlanDraft(draft as PlanDraft, base),
  savePlanDraft: (draft: PlanForm, base: string): Promise<Plan> => App.SavePlanDraft(draft as PlanDraft, base),
  importPlanFile: (): Promise<string> => App.ImportPlanFile(),
  exportPlanFile: (release: string): Promise<string> => App.ExportPlanFile(release),
  releaseHistory: (release: string): Promise<LinkHistory[]> => App.ReleaseHistory(release),
};
