import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Notice } from '../../api';
import type { Loaded } from '../../hooks/useLoad';
import { renderPage } from '../../test/render';
import { WhoToTell } from './WhoToTell';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { exportNoticesFile: vi.fn(), dismissNotice: vi.fn(), previewNotice: vi.fn(), sendNoticeTest: vi.fn() } };
});

const incident = { flag: 'new-checkout', environment: 'production', provider: 'demo', project: 'web', at: '2026-11-30T10:00:00Z', comment: 'INC-9' };

function notice(id: number, over: Partial<Notice> = {}): Notice {
  return {
    id,
    release: 'new-checkout',
    trigger: 'incident',
    template: id === 1 ? 'incident-customers' : 'incident-support',
    state: 'drafted',
    event: { trigger: 'incident', phase: 'Beta 5%', incident },
    what: 'kill switch',
    at: '2026-11-30T10:00:00Z',
    channel: id === 1 ? 'email' : 'support',
    title: id === 1 ? 'About checkout' : 'Support: checkout',
    audience: 'Beta customers',
    problem: '',
    created_at: '2026-11-30T10:00:01Z',
    updated_at: '2026-11-30T10:00:01Z',
    ...over,
  } as Notice;
}

function loaded(data: Notice[]): Loaded<Notice[]> {
  return { data, error: undefined, loading: false, reload: vi.fn() };
}

beforeEach(() => vi.resetAllMocks());

describe('WhoToTell', () => {
  it('exports the drafted notices that render and says where they went', async () => {
    vi.mocked(api.exportNoticesFile).mockResolvedValue('/tmp/new-checkout-notices.zip');
    const notices = loaded([notice(1), notice(2), notice(3, { problem: 'template gone', template: 'old' }), notice(4, { state: 'sent' })]);
    renderPage(<WhoToTell release="new-checkout" notices={notices} />);
    expect(screen.getAllByTestId('notice-state').map((b) => b.textContent)).toEqual(['Sent', 'Drafted, not sent', 'Drafted, not sent', 'Drafted, not sent']);
    expect(screen.getByText('Does not render: template gone')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export selected (2)' }));
    await waitFor(() => expect(api.exportNoticesFile).toHaveBeenCalledExactlyOnceWith('new-checkout', [2, 1]));
    expect((await screen.findByTestId('notices-saved')).textContent).toContain('Saved 2 notices to /tmp/new-checkout-notices.zip');
    expect(notices.reload).toHaveBeenCalled();
  });

  it('exports only what is ticked, and nothing when the save dialog is cancelled', async () => {
    vi.mocked(api.exportNoticesFile).mockResolvedValue('');
    const notices = loaded([notice(1), notice(2)]);
    renderPage(<WhoToTell release="new-checkout" notices={notices} />);
    fireEvent.click(screen.getByLabelText('Select Support: checkout'));
    fireEvent.click(screen.getByRole('button', { name: 'Export selected (1)' }));
    await waitFor(() => expect(api.exportNoticesFile).toHaveBeenCalledExactlyOnceWith('new-checkout', [1]));
    expect(screen.queryByTestId('notices-saved')).toBeNull();
    expect(notices.reload).not.toHaveBeenCalled();
  });

  it('dismisses only once confirmed', async () => {
    vi.mocked(api.dismissNotice).mockResolvedValue();
    const notices = loaded([notice(1)]);
    renderPage(<WhoToTell release="new-checkout" notices={notices} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss About checkout' }));
    const confirm = await screen.findByRole('dialog', { name: 'Dismiss “About checkout”?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.dismissNotice).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss About checkout' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Dismiss notice' }));
    await waitFor(() => expect(api.dismissNotice).toHaveBeenCalledExactlyOnceWith(1));
    await waitFor(() => expect(notices.reload).toHaveBeenCalled());
  });

  it('offers a test send only for email notices and shows each recipient’s result', async () => {
    vi.mocked(api.sendNoticeTest).mockResolvedValue({
      recipients: [
        { address: 'qa@example.com', accepted: true, code: 250, message: 'OK', status: 'sent', reason: '' },
        { address: 'gone@example.com', accepted: false, code: 550, message: 'no such user', status: 'refused', reason: '' },
      ],
    } as never);
    const notices = loaded([notice(1), notice(2)]);
    renderPage(<WhoToTell release="new-checkout" notices={notices} />);
    expect(screen.queryByRole('button', { name: 'Send Support: checkout to test addresses' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send About checkout to test addresses' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Recipients'), 'qa@example.com{Enter}gone@example.com{Enter}');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(api.sendNoticeTest).toHaveBeenCalledExactlyOnceWith(1, ['qa@example.com', 'gone@example.com']));
    const report = await within(dialog).findByTestId('send-report');
    expect(report.textContent).toContain('Refused');
    expect(report.textContent).toContain('550 no such user');
  });
});
