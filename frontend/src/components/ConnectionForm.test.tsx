import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { renderPage } from '../test/render';
import { ConnectionForm } from './ConnectionForm';
import { emptyDraft } from './connection/providers';

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return { ...actual, api: { testConnection: vi.fn(), saveConnection: vi.fn() } };
});

function fill(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

describe('ConnectionForm', () => {
  beforeEach(() => vi.resetAllMocks());

  it('tests with what was typed and shows the provider error', async () => {
    vi.mocked(api.testConnection).mockRejectedValue('list environments of project "web": HTTP 401: token rejected');
    renderPage(<ConnectionForm initial={emptyDraft} editing={false} onClose={() => {}} onSaved={() => {}} />);
    fill('Name', 'Prod');
    fill('Project key', 'web');
    fill('Access token', 'api-typed');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connection failed')).toBeInTheDocument();
    expect(screen.getByText(/token rejected/)).toBeInTheDocument();
    expect(api.testConnection).toHaveBeenCalledWith(expect.objectContaining({ name: 'Prod', project: 'web', provider: 'launchdarkly' }), 'api-typed');
  });

  it('keeps the form open with the reason when saving fails, and closes on success', async () => {
    const saved = vi.fn();
    vi.mocked(api.saveConnection).mockRejectedValueOnce('no system keyring is available; set SPLIT_ADMIN_API_KEY instead');
    vi.mocked(api.saveConnection).mockResolvedValueOnce();
    renderPage(<ConnectionForm initial={{ ...emptyDraft, provider: 'split' }} editing={false} onClose={() => {}} onSaved={saved} />);
    fill('Name', 'Split prod');
    fill(/^Workspace(?! id)/, 'Web Store'); // not "Workspace id (optional)"
    fireEvent.click(screen.getByLabelText(/Harness token/));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('no system keyring is available');
    expect(saved).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(api.saveConnection).toHaveBeenLastCalledWith(expect.objectContaining({ provider: 'split', auth: 'x-api-key', project: 'Web Store' }), '');
  });
});
