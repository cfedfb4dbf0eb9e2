import { describe, expect, it } from 'vitest';
import { fieldChanges, lineDiff } from './auditChanges';

describe('fieldChanges', () => {
  it.each([
    {
      name: 'a kill: on flips, the rest stays',
      before: { on: true, serving: [{ variation: 'on', percent: 100 }], key: 'new-checkout' },
      after: { on: false, serving: [{ variation: 'on', percent: 100 }], key: 'new-checkout' },
      want: [
        { field: 'on', before: 'true', after: 'false', changed: true },
        { field: 'serving', before: '[{"variation":"on","percent":100}]', after: '[{"variation":"on","percent":100}]', changed: false },
        { field: 'key', before: 'new-checkout', after: 'new-checkout', changed: false },
      ],
    },
    {
      name: 'a phase move: nested objects flatten, fields only on one side show as empty',
      before: { phases: { Beta: 'active', GA: 'planned' } },
      after: { phases: { Beta: 'done', GA: 'active' }, note: 'CAB-12' },
      want: [
        { field: 'phases.Beta', before: 'active', after: 'done', changed: true },
        { field: 'phases.GA', before: 'planned', after: 'active', changed: true },
        { field: 'note', before: '', after: 'CAB-12', changed: true },
      ],
    },
    { name: 'only before (a failed action)', before: { on: true }, after: undefined, want: [{ field: 'on', before: 'true', after: '', changed: true }] },
    { name: 'nothing recorded', before: undefined, after: undefined, want: [] },
    { name: 'plain text sides', before: 'a', after: 'b', want: [{ field: 'value', before: 'a', after: 'b', changed: true }] },
  ])('$name', ({ before, after, want }) => {
    expect(fieldChanges(before, after)).toEqual(want);
  });

  it('adds a line diff for text with line breaks', () => {
    const [change] = fieldChanges({ plan: 'phases:\n- Beta\n- GA' }, { plan: 'phases:\n- Beta\n- Pilot\n- GA' });
    expect(change.lines).toEqual([
      { kind: 'same', text: 'phases:' },
      { kind: 'same', text: '- Beta' },
      { kind: 'added', text: '- Pilot' },
      { kind: 'same', text: '- GA' },
    ]);
  });
});

describe('lineDiff', () => {
  it.each([
    { before: '', after: '', want: [] },
    { before: 'a', after: '', want: [{ kind: 'removed', text: 'a' }] },
    { before: '', after: 'a', want: [{ kind: 'added', text: 'a' }] },
    {
      before: 'a\nb\nc',
      after: 'a\nx\nc',
      want: [
        { kind: 'same', text: 'a' },
        { kind: 'removed', text: 'b' },
        { kind: 'added', text: 'x' },
        { kind: 'same', text: 'c' },
      ],
    },
  ])('$before → $after', ({ before, after, want }) => {
    expect(lineDiff(before, after)).toEqual(want);
  });
});
