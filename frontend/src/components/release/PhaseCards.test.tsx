import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Phase, type ReadinessReason } from '../../api';
import { renderPage } from '../../test/render';
import { PhaseCards } from './PhaseCards';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { tickCriterion: vi.fn() } };
});

const beta = {
  name: 'Beta 5%',
  status: 'active',
  audience: 'Beta testers',
  planned_start: '2026-11-26T00:00:00Z',
  planned_end: '2026-12-03T00:00:00Z',
  started_at: '2026-11-24T09:00:00Z',
  flag_expects: [],
  entry: [{ text: 'Beta invitation sent', done: true, by: 'dana@example.com', at: '2026-11-25T10:00:00Z' }],
  exit: [
    { text: 'No P1 tickets for 3 days', done: false },
    { text: 'Conversion holds', done: false, check: { metric: 'conversion', op: '>=', threshold: 3 }, over_days: 3, guardrail: true },
  ],
} as unknown as Phase;

const failing = { kind: 'criterion', status: 'fail', text: 'Conversion holds', phase: 'Beta 5%', list: 'exit', guardrail: true } as ReadinessReason;

function draw(onChanged = vi.fn()) {
  renderPage(<PhaseCards release="new-checkout" phases={[beta]} reasons={[failing]} onChanged={onChanged} />);
  return within(screen.getByTestId('phase-card'));
}

describe('PhaseCards', () => {
  beforeEach(() => vi.resetAllMocks());

  it('ticks a manual criterion and reloads', async () => {
    vi.mocked(api.tickCriterion).mockResolvedValue({} as never);
    const onChanged = vi.fn();
    const card = draw(onChanged);
    const box = card.getByRole('checkbox', { name: 'No P1 tickets for 3 days' });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    await waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(api.tickCriterion).toHaveBeenCalledExactlyOnceWith('new-checkout', 'Beta 5%', 'No P1 tickets for 3 days', true);
  });

  it('unticks a ticked one, saying who ticked it and when', async () => {
    vi.mocked(api.tickCriterion).mockResolvedValue({} as never);
    const card = draw();
    const box = card.getByRole('checkbox', { name: 'Beta invitation sent' });
    expect(box).toBeChecked();
    expect(card.getByText('Ticked by dana@example.com on 25 Nov 2026')).toBeInTheDocument();
    fireEvent.click(box);
    await waitFor(() => expect(api.tickCriterion).toHaveBeenCalledWith('new-checkout', 'Beta 5%', 'Beta invitation sent', false));
  });

  it('shows the tick at once, and takes it back saying why when it fails', async () => {
    vi.mocked(api.tickCriterion).mockRejectedValue('database is locked');
    const onChanged = vi.fn();
    const card = draw(onChanged);
    const box = card.getByRole('checkbox', { name: 'No P1 tickets for 3 days' });
    fireEvent.click(box);
    expect(box).toBeChecked();
    expect(await screen.findByText('“No P1 tickets for 3 days” was not ticked')).toBeInTheDocument();
    // The toast shows as the call fails; the box is unticked right after.
    await waitFor(() => expect(box).not.toBeChecked());
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('shows a measured criterion with its status, check and guardrail, and no checkbox', () => {
    const card = draw();
    expect(card.queryByRole('checkbox', { name: 'Conversion holds' })).not.toBeInTheDocument();
    const measured = card.getByText('Conversion holds').closest('[data-testid="criterion"]') as HTMLElement;
    expect(within(measured).getByLabelText('Fail')).toBeInTheDocument();
    expect(measured).toHaveTextContent('conversion >= 3 over 3 days');
    expect(measured).toHaveTextContent('Guardrail');
  });

  it('shows planned and actual dates, and how far they differ', () => {
    const card = draw();
    expect(card.getByText('Planned 26 Nov 2026 – 3 Dec 2026')).toBeInTheDocument();
    expect(card.getByTestId('phase-actual')).toHaveTextContent('Actual 24 Nov 2026 (2 days early) – running');
  });
});
