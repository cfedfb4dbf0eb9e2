import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderPage } from '../../test/render';
import { YourNameCard } from './YourNameCard';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { yourName: vi.fn(), setYourName: vi.fn() } };
});

describe('YourNameCard', () => {
  beforeEach(() => vi.resetAllMocks());

  it('offers the OS user as placeholder, saves the name and keeps the typed name on a refusal', async () => {
    vi.mocked(api.yourName).mockResolvedValue({ name: 'dana', display_name: '', os_user: 'dana' });
    vi.mocked(api.setYourName).mockRejectedValueOnce('your name contains a line break or a control character: write it on one line');
    vi.mocked(api.setYourName).mockResolvedValueOnce({ name: 'Dana Release', display_name: 'Dana Release', os_user: 'dana' });
    renderPage(<YourNameCard />);
    const input = await screen.findByLabelText('Your name');
    expect(input).toHaveAttribute('placeholder', 'dana');
    const save = screen.getByRole('button', { name: 'Save name' });
    expect(save).toBeDisabled();

    fireEvent.change(input, { target: { value: 'Dana Release' } });
    fireEvent.click(save);
    expect(await screen.findByText(/write it on one line/)).toBeInTheDocument();
    expect(input).toHaveValue('Dana Release');

    fireEvent.click(save);
    await waitFor(() => expect(save).toBeDisabled());
    expect(api.setYourName).toHaveBeenLastCalledWith('Dana Release');
    expect(input).toHaveValue('Dana Release');
  });
});
