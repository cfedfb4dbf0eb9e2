import { describe, expect, it } from 'vitest';
import type { Notice } from '../../api';
import { exportable, happened, newestFirst, stateBadge, waiting } from './noticeText';

function notice(over: Partial<Notice>): Notice {
  return {
    id: 1,
    release: 'new-checkout',
    trigger: 'incident',
    template: 'incident-customers',
    state: 'drafted',
    event: { trigger: 'incident', phase: 'Beta 5%' },
    what: 'kill switch on new-checkout in production',
    at: '2026-11-30T10:00:00Z',
    channel: 'email',
    title: 'About checkout',
    audience: 'Beta customers',
    problem: '',
    created_at: '2026-11-30T10:00:01Z',
    updated_at: '2026-11-30T10:00:01Z',
    ...over,
  } as Notice;
}

describe('happened', () => {
  it('tells a kill by flag, environment, phase and comment', () => {
    const n = notice({
      event: {
        trigger: 'incident',
        phase: 'Beta 5%',
        incident: { flag: 'new-checkout', environment: 'production', provider: 'demo', project: 'web', at: '2026-11-30T10:00:00Z', comment: 'INC-7' },
      } as Notice['event'],
    });
    const h = happened(n);
    expect(h.headline).toBe('Kill switch on new-checkout in production');
    expect(h.detail).toContain('during Beta 5%');
    expect(h.detail).toContain('“INC-7”');
  });
  it('tells a rollback by its phases, without an empty comment', () => {
    const n = notice({
      trigger: 'rollback',
      event: { trigger: 'rollback', phase: '25%', rollback: { from: '25%', to: 'Beta 5%', at: '2026-11-30T10:00:00Z', comment: '' } } as Notice['event'],
    });
    expect(happened(n).headline).toBe('Rolled back from 25% to Beta 5%');
    expect(happened(n).detail).not.toContain('“');
  });
  it('falls back to the backend’s words', () => {
    expect(happened(notice({})).headline).toBe('kill switch on new-checkout in production');
  });
});

describe('lists', () => {
  const list = [
    notice({ id: 1, at: '2026-11-29T10:00:00Z', state: 'exported' }),
    notice({ id: 2, at: '2026-11-30T10:00:00Z' }),
    notice({ id: 3, at: '2026-11-30T10:00:00Z', problem: 'template gone' }),
  ];
  it('orders newest first, later ids first on ties', () => expect(newestFirst(list).map((n) => n.id)).toEqual([3, 2, 1]));
  it('counts only drafted notices as waiting', () => expect(waiting(list).map((n) => n.id)).toEqual([2, 3]));
  it('exports only notices that render', () => expect(exportable(list, [1, 2, 3, 9])).toEqual([1, 2]));
  it('names unknown states as they are', () => {
    expect(stateBadge('drafted').label).toBe('Drafted, not sent');
    expect(stateBadge('odd').label).toBe('odd');
  });
});
