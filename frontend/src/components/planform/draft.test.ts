import { describe, expect, it } from 'vitest';
import type { PlanForm } from '../../api';
import {
  addPhase,
  dayInput,
  dayValue,
  errorAt,
  fieldLabel,
  flagOverride,
  movePhase,
  newPhaseName,
  problemsUnder,
  removePhase,
  sameDraft,
  setFlagOverride,
  type PhaseForm,
} from './draft';

const phase = (name: string, extra: Partial<PhaseForm> = {}): PhaseForm => ({
  name,
  status: 'planned',
  planned_start: null,
  planned_end: null,
  audience: '',
  owner: '',
  flag_expects: [],
  entry: [],
  exit: [],
  ...extra,
});

const plan: PlanForm = {
  key: 'checkout',
  name: 'Checkout',
  description: '',
  owner: '',
  links: [
    { provider: 'launchdarkly', project: 'web', environment: 'production', flag_key: 'new-checkout', variation: 'true' },
    { provider: 'split', project: 'Web Store', environment: 'Production', flag_key: 'checkout_v2', variation: 'on' },
  ],
  phases: [phase('Beta', { planned_end: '2026-12-07T00:00:00Z' }), phase('GA')],
};

describe('phases', () => {
  it('adds a phase after the last, starting when it ends, with a name not yet used', () => {
    const withBeta = { ...plan, phases: [plan.phases[0]] };
    const added = addPhase(withBeta);
    expect(added.phases).toHaveLength(2);
    expect(added.phases[1]).toMatchObject({ name: 'Phase 2', status: 'planned', planned_start: '2026-12-07T00:00:00Z', expect: { on: true, percent: 0 } });
    expect(withBeta.phases).toHaveLength(1);
    expect(newPhaseName([phase('Phase 3'), phase('Phase 4'), phase('x')])).toBe('Phase 5');
  });

  it('moves phases within the list, and not past its ends', () => {
    expect(movePhase(plan, 0, 1).phases.map((p) => p.name)).toEqual(['GA', 'Beta']);
    expect(movePhase(plan, 1, -1).phases.map((p) => p.name)).toEqual(['GA', 'Beta']);
    expect(movePhase(plan, 0, -1)).toBe(plan);
    expect(movePhase(plan, 1, 1)).toBe(plan);
  });

  it('removes a phase', () => {
    expect(removePhase(plan, 0).phases.map((p) => p.name)).toEqual(['GA']);
  });
});

describe('exposure per flag', () => {
  const [ld, split] = plan.links;

  it('keeps overrides in the order of the links, whatever order they are set in', () => {
    let beta = setFlagOverride(plan, plan.phases[0], split, { on: true, percent: 10 });
    beta = setFlagOverride(plan, beta, ld, { on: false, percent: 0 });
    expect(beta.flag_expects.map((fe) => fe.flag_key)).toEqual(['new-checkout', 'checkout_v2']);
    expect(flagOverride(beta, split)).toEqual({ on: true, percent: 10 });
  });

  it('goes back to the phase expectation when the override is removed', () => {
    const beta = setFlagOverride(plan, plan.phases[0], split, { on: true, percent: 10 });
    const back = setFlagOverride(plan, beta, split, null);
    expect(back.flag_expects).toEqual([]);
    expect(flagOverride(back, split)).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2026-12-01T00:00:00Z', '2026-12-01'],
    [null, ''],
    [undefined, ''],
    ['soon', ''],
  ])('shows %s in a date input as %j', (value, want) => {
    expect(dayInput(value)).toBe(want);
  });

  it('sends a picked day as midnight UTC, and a cleared one as no date', () => {
    expect(dayValue('2026-12-01')).toBe('2026-12-01T00:00:00Z');
    expect(dayValue('')).toBeNull();
  });
});

describe('problems', () => {
  const problems = [
    { field: 'phases.1.ends', line: 12, reason: 'ends 2026-12-01 is before starts 2026-12-02' },
    { field: 'phases.1.flags.checkout_v2@Production', line: 14, reason: 'percent 120 is outside 0–100' },
    { field: 'phases.1.ends', line: 12, reason: 'second' },
    { field: 'flags.1', line: 5, reason: 'provider "x" is not one of launchdarkly, split, demo' },
    { field: '', line: 0, reason: 'the file is empty' },
  ];

  it('puts problems on their input, several joined', () => {
    expect(errorAt(problems, 'phases.1.ends')).toBe('ends 2026-12-01 is before starts 2026-12-02; second');
    expect(errorAt(problems, 'phases.0.ends')).toBeUndefined();
  });

  it('counts the problems of a phase, with those of its fields', () => {
    expect(problemsUnder(problems, 'phases.1')).toBe(3);
    expect(problemsUnder(problems, 'phases.0')).toBe(0);
  });

  it.each([
    ['phases.1.ends', 'Phase “GA” → ends'],
    ['phases.1', 'Phase “GA”'],
    ['phases.7.name', 'Phase 8 → name'],
    ['flags.1', 'Flag checkout_v2 in Production'],
    ['name', 'Name'],
    ['', 'Plan'],
  ])('names field %j as %j', (field, want) => {
    expect(fieldLabel(plan, field)).toBe(want);
  });
});

it('tells an edited plan from the loaded one', () => {
  expect(sameDraft(plan, { ...plan })).toBe(true);
  expect(sameDraft(plan, movePhase(plan, 0, 1))).toBe(false);
});
