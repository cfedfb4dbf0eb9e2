import { MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DriftChange, DriftChanged, ReadinessChange } from '../api';
import { theme } from '../theme';
import { showDriftChanges } from './DriftToasts';
import { showReadinessChanges } from './ReadinessToasts';
import { AppToasts, groupLines } from './Toasts';

const batch: ReadinessChange[] = [
  { release: 'new-checkout', phase: 'Beta 5%', before: 'hold', after: 'rollback', summary: 'rollback: 1 failing' },
  { release: 'search-v2', phase: 'Internal', before: '', after: 'ready', summary: 'ready' },
];

function driftChange(key: string, verdict: string): DriftChange {
  return {
    release: 'new-checkout',
    before: 'on_plan',
    flag: { provider: 'launchdarkly', project: 'default', environment: 'production', key, variation: 'true', expected: { on: true, percent: 5 }, actual: null, actual_text: '', verdict, reason: '' },
  };
}

function renderToasts() {
  render(
    <MantineProvider theme={theme}>
      <AppToasts />
    </MantineProvider>,
  );
}

afterEach(() => act(() => notifications.clean()));

describe('groupLines', () => {
  it.each([
    { n: 0, lines: [], more: 0 },
    { n: 3, lines: ['a', 'b', 'c'], more: 0 },
    { n: 5, lines: ['a', 'b', 'c'], more: 2 },
  ])('words the first three of $n and counts the rest', ({ n, lines, more }) => {
    expect(groupLines(['a', 'b', 'c', 'd', 'e'].slice(0, n), (s) => s)).toEqual({ lines, more });
  });
});

describe('showReadinessChanges', () => {
  it('shows one toast per batch, however often the batch is heard', async () => {
    renderToasts();
    act(() => {
      showReadinessChanges(batch);
      showReadinessChanges(batch);
      showReadinessChanges([]);
    });
    const toasts = await screen.findAllByTestId('readiness-toast');
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toHaveTextContent('2 go/no-go verdicts changed');
    expect(toasts[0]).toHaveTextContent('new-checkout (Beta 5%): Hold → Roll back');
    expect(toasts[0]).toHaveTextContent('search-v2 (Internal): Ready');
  });
});

describe('showDriftChanges', () => {
  it('shows one toast per sync with the Go summary and the count of the rest', async () => {
    renderToasts();
    const changed: DriftChanged = {
      title: '4 flags changed',
      lines: ['new-checkout: a (production) now on plan', 'new-checkout: b (production) is off', 'new-checkout: c (production) is stale'],
      more: 1,
      all_on_plan: false,
      changes: ['a', 'b', 'c', 'd'].map((k) => driftChange(k, 'off')),
    };
    act(() => {
      showDriftChanges(changed);
      showDriftChanges(changed);
    });
    const toasts = await screen.findAllByTestId('drift-toast');
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toHaveTextContent('4 flags changed');
    expect(toasts[0]).toHaveTextContent('new-checkout: a (production) now on plan');
    expect(toasts[0]).toHaveTextContent('and 1 more');
  });

  it('shows nothing when no verdict changed', async () => {
    renderToasts();
    act(() => showDriftChanges({ title: '', lines: [], more: 0, all_on_plan: true, changes: [] }));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('drift-toast')).toBeNull();
  });
});
