import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Proposal, type Readiness } from '../api';
import { renderPage } from '../test/render';
import { MoveDialog } from './MoveDialog';

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return { ...actual, api: { proposeMove: vi.fn(), applyMove: vi.fn(), getReadiness: vi.fn() } };
});

function proposal(refused = '', warnings: string[] = []): Proposal {
  return {
    release: 'new-checkout',
    direction: 'advance',
    from: 'Beta 5%',
    to: '25%',
    warnings,
    changes: [
      {
        link: { id: 1, provider: 'launchdarkly', project: 'web-store', environment: 'production', flag_key: 'checkout-express-pay', variation: 'on' },
        before: { serving: [{ variation: 'on', percent: 2 }, { variation: 'off', percent: 98 }] },
        after: [{ variation: 'on', percent: 25 }, { variation: 'off', percent: 75 }],
        note: '',
        refused,
      },
    ],
  } as never;
}

function readiness(verdict: string, reasons: Partial<Readiness['reasons'][number]>[] = []): Readiness {
  return { release: 'new-checkout', phase: 'Beta 5%', next: '25%', at: '2026-11-30T08:00:00Z', verdict, reasons } as Readiness;
}

const guardrail = {
  kind: 'criterion',
  status: 'fail',
  text: 'Conversion holds',
  detail: 'conversion was 2.1 on 30 Nov 2026, which breaks conversion >= 3',
  phase: 'Beta 5%',
  list: 'exit',
  guardrail: true,
};
const unticked = { kind: 'criterion', status: 'open', text: 'No P1 tickets for 3 days', detail: 'Not ticked yet', phase: 'Beta 5%', list: 'exit' };
const met = { kind: 'criterion', status: 'pass', text: 'Error rate below 0.5%', detail: 'Ticked', phase: 'Beta 5%', list: 'exit' };

const applyCheckbox = () => screen.getByLabelText('Apply the new percentages to the flags through their providers');

async function open(onMoved: () => void = vi.fn()) {
  renderPage(<MoveDialog release="new-checkout" direction="advance" onClose={() => {}} onMoved={onMoved} />);
  const dialog = await screen.findByRole('dialog', { name: 'Advance to the next phase' });
  await within(dialog).findByTestId('move-diff');
  return dialog;
}

/** failToStart previews, presses Start, has the move fail for reason, and returns the alert that says so. */
async function failToStart(reason: string, onMoved: () => void) {
  vi.mocked(api.proposeMove).mockResolvedValue(proposal());
  vi.mocked(api.applyMove).mockRejectedValue(reason);
  await open(onMoved);
  fireEvent.click(screen.getByRole('button', { name: 'Start “25%”' }));
  return screen.findByRole('alert');
}

describe('MoveDialog', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.mocked(api.getReadiness).mockResolvedValue(readiness('ready', [met]));
  });

  it('previews the diff and starts the next phase with the comment', async () => {
    const onMoved = vi.fn();
    const p = proposal();
    vi.mocked(api.proposeMove).mockResolvedValue(p);
    vi.mocked(api.applyMove).mockResolvedValue([]);
    const dialog = await open(onMoved);
    expect(api.proposeMove).toHaveBeenCalledWith('new-checkout', 'advance');
    expect(dialog).toHaveTextContent('“Beta 5%” →');
    const row = within(screen.getByTestId('move-diff')).getByText('checkout-express-pay').closest('tr');
    expect(row).toHaveTextContent('production');
    expect(row).toHaveTextContent('on 2% · off 98%');
    expect(row).toHaveTextContent('on 25% · off 75%');
    expect(applyCheckbox()).toBeChecked();
    expect(applyCheckbox()).toBeEnabled();

    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: 'CAB-123 approved' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start “25%”' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalledOnce());
    expect(api.applyMove).toHaveBeenCalledExactlyOnceWith(p, true, 'CAB-123 approved');
  });

  it('moves only the phase while a flag cannot be written, and says why', async () => {
    const p = proposal('the production environment requires approval');
    vi.mocked(api.proposeMove).mockResolvedValue(p);
    vi.mocked(api.applyMove).mockResolvedValue([]);
    const onMoved = vi.fn();
    await open(onMoved);
    expect(screen.getByTestId('move-refused')).toHaveTextContent('Cannot be written: the production environment requires approval');
    expect(applyCheckbox()).toBeDisabled();
    expect(applyCheckbox()).not.toBeChecked();
    expect(screen.getByText(/Not possible while a flag above cannot be written/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Start “25%”' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalledOnce());
    expect(api.applyMove).toHaveBeenCalledExactlyOnceWith(p, false, '');
  });

  it('offers to preview again when a flag changed since the preview', async () => {
    const onMoved = vi.fn();
    const alert = await failToStart('checkout-express-pay in production changed since the preview', onMoved);
    expect(alert).toHaveTextContent('A flag changed since this preview');
    expect(alert).toHaveTextContent('changed since the preview');
    expect(screen.queryByRole('button', { name: 'Start “25%”' })).not.toBeInTheDocument();
    expect(api.proposeMove).toHaveBeenCalledOnce();

    fireEvent.click(screen.getByRole('button', { name: 'Preview again' }));
    await waitFor(() => expect(api.proposeMove).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('button', { name: 'Start “25%”' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onMoved).not.toHaveBeenCalled();
  });

  it('keeps the dialog open with the reason when the move fails otherwise', async () => {
    const onMoved = vi.fn();
    const alert = await failToStart('database is locked', onMoved);
    expect(alert).toHaveTextContent('Not moved');
    expect(alert).toHaveTextContent('database is locked');
    expect(screen.getByRole('button', { name: 'Start “25%”' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Preview again' })).not.toBeInTheDocument();
    expect(onMoved).not.toHaveBeenCalled();
  });
});

describe('MoveDialog on a release that is not ready', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.mocked(api.applyMove).mockResolvedValue([]);
  });

  it('shows what stands in the way above the diff, a failing guardrail first, and no passing reason', async () => {
    vi.mocked(api.proposeMove).mockResolvedValue(proposal());
    vi.mocked(api.getReadiness).mockResolvedValue(readiness('rollback', [met, unticked, guardrail]));
    const dialog = await open();
    const verdict = within(dialog).getByTestId('move-readiness');
    expect(verdict).toHaveTextContent('Roll back');
    expect(verdict).toHaveTextContent('A guardrail fails: roll back rather than advance.');
    const reasons = within(verdict).getAllByTestId('readiness-reason');
    expect(reasons.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Fail.*Conversion holds.*Guardrail.*Exit criterion of Beta 5%.*breaks conversion >= 3/),
      expect.stringMatching(/^Open.*No P1 tickets for 3 days/),
    ]);
    expect(verdict).not.toHaveTextContent('Error rate below 0.5%');
    expect(verdict.compareDocumentPosition(within(dialog).getByTestId('move-diff')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('advances anyway only with a comment, which becomes the approval', async () => {
    const onMoved = vi.fn();
    const p = proposal();
    vi.mocked(api.proposeMove).mockResolvedValue(p);
    vi.mocked(api.getReadiness).mockResolvedValue(readiness('hold', [unticked]));
    await open(onMoved);
    expect(screen.queryByRole('button', { name: 'Start “25%”' })).not.toBeInTheDocument();
    const anyway = screen.getByRole('button', { name: 'Advance anyway' });
    expect(anyway).toBeDisabled();
    expect(screen.getByText(/Required, as the release is not ready/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: '   ' } });
    expect(anyway).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: 'CAB-9: P1 queue triaged, accepted by dana' } });
    expect(anyway).toBeEnabled();
    fireEvent.click(anyway);
    await waitFor(() => expect(onMoved).toHaveBeenCalledOnce());
    expect(api.applyMove).toHaveBeenCalledExactlyOnceWith(p, true, 'CAB-9: P1 queue triaged, accepted by dana');
  });

  it('gates the advance when the verdict cannot be judged, and says why', async () => {
    vi.mocked(api.proposeMove).mockResolvedValue(proposal());
    vi.mocked(api.getReadiness).mockRejectedValue('readiness of new-checkout: database is locked');
    await open();
    expect(screen.getByRole('alert')).toHaveTextContent('database is locked');
    expect(screen.getByRole('button', { name: 'Advance anyway' })).toBeDisabled();
  });

  it('lists the warnings of the move', async () => {
    vi.mocked(api.proposeMove).mockResolvedValue(
      proposal('', ['checkout-express-pay in production goes down from 25% to 5%', 'new-checkout drops the required segment beta-testers']),
    );
    vi.mocked(api.getReadiness).mockResolvedValue(readiness('ready'));
    await open();
    const warnings = screen.getByTestId('move-warnings');
    expect(warnings).toHaveTextContent('goes down from 25% to 5%');
    expect(warnings).toHaveTextContent('drops the required segment beta-testers');
    expect(screen.getByRole('button', { name: 'Start “25%”' })).toBeEnabled();
  });

  it('does not judge readiness to roll back', async () => {
    vi.mocked(api.proposeMove).mockResolvedValue({ ...proposal(), direction: 'rollback', to: 'Internal' } as Proposal);
    renderPage(<MoveDialog release="new-checkout" direction="rollback" onClose={() => {}} onMoved={() => {}} />);
    expect(await screen.findByRole('button', { name: 'Roll back to “Internal”' })).toBeEnabled();
    expect(api.getReadiness).not.toHaveBeenCalled();
    expect(screen.queryByTestId('move-readiness')).not.toBeInTheDocument();
  });
});
