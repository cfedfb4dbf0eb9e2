import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type FlagID } from '../api';
import { renderPage } from '../test/render';
import { useKill } from './useKill';

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return { ...actual, api: { killFlag: vi.fn(), killImpact: vi.fn() } };
});

const id: FlagID = { provider: 'launchdarkly', project: 'web-store', environment: 'production', key: 'new-checkout' };

function KillButton({ on, onDone, flag = id }: { on: boolean; onDone: () => void; flag?: FlagID }) {
  const kill = useKill(onDone);
  return <button onClick={() => kill(flag, on, 'checkout-release')}>{on ? 'Open restore' : 'Open kill'}</button>;
}

async function openKill(onDone: () => void = vi.fn(), flag: FlagID = id) {
  renderPage(<KillButton on={false} onDone={onDone} flag={flag} />);
  fireEvent.click(screen.getByRole('button', { name: 'Open kill' }));
  return screen.findByRole('dialog', { name: 'Kill new-checkout in production?' });
}

describe('useKill', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    notifications.clean();
    vi.mocked(api.killImpact).mockResolvedValue({ dependents: [], warnings: [] });
  });

  it('shows every warning about what else the kill changes before anyone confirms', async () => {
    vi.mocked(api.killImpact).mockResolvedValue({
      dependents: ['express-pay'],
      warnings: ['express-pay requires new-checkout to serve "on"; killing it turns express-pay off too.', 'A migration flag: off means the old stage.'],
    });
    const dialog = await openKill();
    expect(api.killImpact).toHaveBeenCalledWith(id);
    expect(dialog).toHaveTextContent('for everyone');
    const warnings = screen.getAllByTestId('kill-warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toHaveTextContent('express-pay requires new-checkout');
    expect(warnings[1]).toHaveTextContent('A migration flag');
  });

  it.each([
    ['launchdarkly', 'This turns new-checkout off in production (LaunchDarkly web-store) for everyone: they all get its off variation.'],
    ['split', 'This kills new-checkout in production (Split web-store) for everyone: they all get its default treatment.'],
  ])('says what a kill does in the words of %s', async (provider, want) => {
    const dialog = await openKill(vi.fn(), { ...id, provider });
    expect(dialog).toHaveTextContent(want);
  });

  it('says so when the impact cannot be worked out', async () => {
    vi.mocked(api.killImpact).mockRejectedValue('read prerequisites: HTTP 503');
    await openKill();
    expect(screen.getByTestId('kill-warning')).toHaveTextContent('Could not check which flags depend on new-checkout: read prerequisites: HTTP 503');
  });

  it('kills with the typed comment and reports the state read back', async () => {
    const onDone = vi.fn();
    vi.mocked(api.killFlag).mockResolvedValue({ id, before: { on: true }, after: { on: false } } as never);
    await openKill(onDone);
    expect(screen.queryByTestId('kill-warning')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: 'INC-77 checkout errors' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kill flag' }));
    expect(await screen.findByText('new-checkout is now off in production')).toBeInTheDocument();
    expect(screen.getByText('Read back from LaunchDarkly after the change (it was on).')).toBeInTheDocument();
    expect(api.killFlag).toHaveBeenCalledExactlyOnceWith(id, false, 'INC-77 checkout errors', 'checkout-release');
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('reports a refusal that needs approval, never as a success', async () => {
    const onDone = vi.fn();
    vi.mocked(api.killFlag).mockRejectedValue(
      'launchdarkly refused the change: this environment requires an approved change request',
    );
    await openKill(onDone);
    fireEvent.click(screen.getByRole('button', { name: 'Kill flag' }));
    expect(await screen.findByText('Approval required: new-checkout was not changed')).toBeInTheDocument();
    expect(screen.getByText(/requires an approved change request/)).toBeInTheDocument();
    expect(screen.queryByText(/is now (on|off)/)).not.toBeInTheDocument();
    expect(onDone).toHaveBeenCalledOnce(); // the page reloads whatever happened
  });

  it('names any other failure as the kill that did not succeed', async () => {
    vi.mocked(api.killFlag).mockRejectedValue('read back: the flag is still on');
    await openKill();
    fireEvent.click(screen.getByRole('button', { name: 'Kill flag' }));
    expect(await screen.findByText('Kill of new-checkout did not succeed')).toBeInTheDocument();
    expect(screen.queryByText(/Approval required/)).not.toBeInTheDocument();
  });

  it('changes nothing when cancelled', async () => {
    const onDone = vi.fn();
    await openKill(onDone);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.killFlag).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('restores without asking for the kill impact', async () => {
    vi.mocked(api.killFlag).mockResolvedValue({ id, before: { on: false }, after: { on: true } } as never);
    renderPage(<KillButton on onDone={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open restore' }));
    await screen.findByRole('dialog', { name: 'Restore new-checkout in production?' });
    fireEvent.click(screen.getByRole('button', { name: 'Restore flag' }));
    expect(await screen.findByText('new-checkout is now on in production')).toBeInTheDocument();
    expect(api.killImpact).not.toHaveBeenCalled();
    expect(api.killFlag).toHaveBeenCalledWith(id, true, '', 'checkout-release');
  });
});
