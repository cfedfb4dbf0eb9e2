import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReadinessChange } from '../api';
import { theme } from '../theme';
import { ReadinessToasts, showReadinessChanges } from './ReadinessToasts';

const batch: ReadinessChange[] = [
  { release: 'new-checkout', phase: 'Beta 5%', before: 'hold', after: 'rollback', summary: 'rollback: 1 failing' },
  { release: 'search-v2', phase: 'Internal', before: '', after: 'ready', summary: 'ready' },
];

describe('showReadinessChanges', () => {
  it('shows one toast per batch, however often the batch is heard', async () => {
    render(
      <MantineProvider theme={theme}>
        <ReadinessToasts />
      </MantineProvider>,
    );
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
