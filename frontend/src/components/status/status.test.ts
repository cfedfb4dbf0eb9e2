import { describe, expect, it } from 'vitest';
import type { ReleaseSync, StatusLine } from '../../api';
import { releaseSyncText } from '../../hooks/useReleaseSync';
import { statusParts } from './NowNextLine';
import { phaseLinks } from './ReleaseStatusBar';

const run = (flags: number, changed: number) =>
  ({ id: 1, provider: 'launchdarkly', project: 'default', started_at: '', finished_at: null, status: 'ok', flags, changed, error: '' }) as ReleaseSync['runs'][number];

describe('releaseSyncText', () => {
  const at = new Date(2026, 10, 30, 14, 5);
  it.each([
    { r: { runs: [run(12, 0)], drift_changed: 0 }, want: 'Synced 12 flag states from launchdarkly default at 14:05: 0 changed, no drift verdict changed.' },
    { r: { runs: [run(12, 2), run(3, 1)], drift_changed: 1 }, want: 'Synced 15 flag states from 2 connections at 14:05: 3 changed, 1 drift verdict changed.' },
  ])('$want', ({ r, want }) => expect(releaseSyncText(r as ReleaseSync, at)).toBe(want));
});

describe('phaseLinks', () => {
  it('puts release and phase in the address, encoded', () => {
    expect(phaseLinks('new-checkout', 'Beta 5%')).toEqual({
      drafts: '/communications?release=new-checkout&phase=Beta+5%25',
      support: '/support?release=new-checkout&phase=Beta+5%25',
    });
  });
});

describe('statusParts', () => {
  it('labels Now, Next and Due with their sources and colours', () => {
    const line = {
      release: 'r',
      name: 'R',
      now: { text: 'Beta since 20 Nov · hold', source: 'active phase from the plan', phase: 'Beta', since: null, verdict: 'hold' },
      next: { text: '25% due 3 Dec · 2 criteria open', source: 'planned date from the plan', phase: '25%', planned: null, open_criteria: 2 },
      due: { text: 'Nothing due', source: 'communications calendar', date: null, phase: '', title: '' },
    } as unknown as StatusLine;
    expect(statusParts(line).map((p) => [p.label, p.text, p.source, p.color])).toEqual([
      ['Now', 'Beta since 20 Nov · hold', 'active phase from the plan', 'orange'],
      ['Next', '25% due 3 Dec · 2 criteria open', 'planned date from the plan', 'orange'],
      ['Due', 'Nothing due', 'communications calendar', undefined],
    ]);
  });
});
