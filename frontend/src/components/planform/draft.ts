// The plan editor form's state and the edits it makes, kept apart from the
// components so they can be tested alone. Every edit returns a new plan.
import type { FieldProblem, PlanForm } from '../../api';

export type PhaseForm = PlanForm['phases'][number];
export type LinkForm = PlanForm['links'][number];
export type Criterion = PhaseForm['exit'][number];
export type Expect = NonNullable<PhaseForm['expect']>;
export type CriteriaList = 'entry' | 'exit';

/** linkID names a linked flag as the phase's per-flag exposures and the Go side's problems do: "key@environment". */
export const linkID = (l: { flag_key: string; environment: string }) => `${l.flag_key}@${l.environment}`;

/** dayInput is a Go time (midnight UTC) as a date input's value, "2026-12-01", or "" when unset. */
export function dayInput(value: unknown): string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

/** dayValue is a date input's value as the Go time the plan holds (midnight UTC), or null when cleared. */
export function dayValue(input: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(input) ? `${input}T00:00:00Z` : null;
}

/** newPhaseName is "Phase N" for the first N not yet used, so a new phase never clashes with an old one. */
export function newPhaseName(phases: PhaseForm[]): string {
  const names = new Set(phases.map((p) => p.name));
  let n = phases.length + 1;
  while (names.has(`Phase ${n}`)) n++;
  return `Phase ${n}`;
}

/** addPhase appends a planned phase that starts when the last one ends, expecting the flags on at 0% until set. */
export function addPhase(plan: PlanForm): PlanForm {
  const last = plan.phases[plan.phases.length - 1];
  const phase: PhaseForm = {
    name: newPhaseName(plan.phases),
    status: 'planned',
    planned_start: last?.planned_end ?? null,
    planned_end: null,
    audience: '',
    owner: '',
    expect: { on: true, percent: 0 },
    flag_expects: [],
    entry: [],
    exit: [],
  };
  return { ...plan, phases: [...plan.phases, phase] };
}

/** removePhase drops the phase at index. */
export function removePhase(plan: PlanForm, index: number): PlanForm {
  return { ...plan, phases: plan.phases.filter((_, i) => i !== index) };
}

/** movePhase moves the phase at index by step (-1 up, +1 down); a move past either end changes nothing. */
export function movePhase(plan: PlanForm, index: number, step: -1 | 1): PlanForm {
  const to = index + step;
  if (to < 0 || to >= plan.phases.length) return plan;
  const phases = [...plan.phases];
  [phases[index], phases[to]] = [phases[to], phases[index]];
  return { ...plan, phases };
}

/** setPhase changes some fields of the phase at index. */
export function setPhase(plan: PlanForm, index: number, change: Partial<PhaseForm>): PlanForm {
  return { ...plan, phases: plan.phases.map((p, i) => (i === index ? { ...p, ...change } : p)) };
}

/** setLink changes some fields of the linked flag at index. */
export function setLink(plan: PlanForm, index: number, change: Partial<LinkForm>): PlanForm {
  return { ...plan, links: plan.links.map((l, i) => (i === index ? { ...l, ...change } : l)) };
}

/** flagOverride is what a phase expects of one linked flag when it differs from the phase's expectation, else null. */
export function flagOverride(phase: PhaseForm, link: LinkForm): Expect | null {
  return phase.flag_expects.find((fe) => linkID(fe) === linkID(link))?.expect ?? null;
}

/**
 * setFlagOverride sets (or, with null, removes) a phase's expectation for one
 * linked flag. Overrides stay in the order of the plan's links, as the plan
 * file writes them.
 */
export function setFlagOverride(plan: PlanForm, phase: PhaseForm, link: LinkForm, expect: Expect | null): PhaseForm {
  const others = phase.flag_expects.filter((fe) => linkID(fe) !== linkID(link));
  const all = expect ? [...others, { flag_key: link.flag_key, environment: link.environment, expect }] : others;
  const order = (id: string) => {
    const i = plan.links.findIndex((l) => linkID(l) === id);
    return i < 0 ? plan.links.length : i;
  };
  return { ...phase, flag_expects: all.sort((a, b) => order(linkID(a)) - order(linkID(b))) };
}

/** measured is a criterion judged from a metric; a new one checks error_rate < 1 over the whole phase. */
export function measured(text: string): Criterion {
  return { text, done: false, check: { metric: 'error_rate', op: '<', threshold: 1 } };
}

/** byHand turns a criterion into one a person ticks, dropping its check. */
export function byHand(c: Criterion): Criterion {
  return { text: c.text, done: false };
}

/** setCriteria replaces one of a phase's criteria lists. */
export function setCriteria(phase: PhaseForm, list: CriteriaList, items: Criterion[]): PhaseForm {
  return { ...phase, [list]: items };
}

/** The comparisons a measured criterion may make, in plain words. */
export const comparisons = [
  { value: '<', label: 'below' },
  { value: '<=', label: 'at most' },
  { value: '>', label: 'above' },
  { value: '>=', label: 'at least' },
  { value: '==', label: 'exactly' },
];

/** problemsAt lists the problems on field exactly, e.g. "phases.1.ends". */
export function problemsAt(problems: FieldProblem[], field: string): string[] {
  return problems.filter((p) => p.field === field).map((p) => p.reason);
}

/** errorAt is the problems on field as one message for an input's error, or undefined when there are none. */
export function errorAt(problems: FieldProblem[], field: string): string | undefined {
  const reasons = problemsAt(problems, field);
  return reasons.length ? reasons.join('; ') : undefined;
}

/** problemsUnder counts the problems on a field and everything inside it, e.g. all of "phases.1". */
export function problemsUnder(problems: FieldProblem[], field: string): number {
  return problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`)).length;
}

/**
 * fieldLabel names a problem's field for the list under the form, with the
 * phase's name: `phase "Beta" → ends`, `flag checkout_v2@Production`.
 */
export function fieldLabel(plan: PlanForm, field: string): string {
  if (!field) return 'Plan';
  const [head, index, ...rest] = field.split('.');
  if (head === 'phases' && index !== undefined) {
    const phase = plan.phases[Number(index)];
    const name = phase?.name ? `Phase “${phase.name}”` : `Phase ${Number(index) + 1}`;
    return rest.length ? `${name} → ${rest.join(' ')}` : name;
  }
  if (head === 'flags' && index !== undefined) {
    const link = plan.links[Number(index)];
    return link ? `Flag ${link.flag_key} in ${link.environment}` : `Flag ${Number(index) + 1}`;
  }
  return field.charAt(0).toUpperCase() + field.slice(1);
}

/** sameDraft reports whether two plans hold the same values, to tell whether the form has unsaved edits. */
export function sameDraft(a: PlanForm, b: PlanForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
