import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderPage } from '../../test/render';
import { CheckView } from './CheckView';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { commsCheck: vi.fn() } };
});

describe('CheckView', () => {
  it('gives each miss its reason and opens the template', async () => {
    vi.mocked(api.commsCheck).mockResolvedValue({
      release: 'search',
      unmatched: [{ template: 'beta-invitation', channel: 'email', trigger: 'phase', phase: 'Beta 5%', missing: ['Beta 5%'], applies: [] }],
      silent: ['Everyone'],
    } as never);
    const open = vi.fn();
    renderPage(<CheckView release="search" onOpenTemplate={open} />);
    const row = await screen.findByTestId('unmatched-template');
    expect(row.textContent).toContain('names what release search lacks: “Beta 5%”. It never goes out for this release.');
    expect(screen.getByTestId('silent-phase').textContent).toContain('No email or in-app template goes out with “Everyone”');
    fireEvent.click(screen.getByRole('button', { name: 'Open template' }));
    expect(open).toHaveBeenCalledExactlyOnceWith('beta-invitation');
  });

  it('says when nothing is missing', async () => {
    vi.mocked(api.commsCheck).mockResolvedValue({ release: 'search', unmatched: [], silent: [] } as never);
    renderPage(<CheckView release="search" onOpenTemplate={vi.fn()} />);
    await waitFor(() => expect(screen.getByTestId('comms-check-clean').textContent).toContain('Every template suits a phase of search'));
  });
});
