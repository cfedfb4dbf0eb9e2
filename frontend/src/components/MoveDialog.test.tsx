import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Proposal } from '../api';
import { renderPage } from '../test/render';
import { MoveDialog } from './MoveDialog';

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return { ...actual, api: { proposeMove: vi.fn(), applyMove: vi.fn() } };
});

function proposal(refused = ''): Proposal {
  return {
    release: 'new-checkout',
    direction: 'advance',
    from: 'Beta 5%',
    to: '25%',
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
  beforeEach(() => vi.resetAllMocks());

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
