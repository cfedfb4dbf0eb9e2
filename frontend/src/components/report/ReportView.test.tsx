import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Link, useLocation } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderPage } from '../../test/render';
import { ReportView } from './ReportView';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { reportHTML: vi.fn(), reportNotes: vi.fn(), saveReportNotes: vi.fn(), exportReportHTML: vi.fn(), exportReportMarkdown: vi.fn() },
  };
});

function Page() {
  const location = useLocation();
  return (
    <>
      <Link to="/releases">Elsewhere</Link>
      <span data-testid="path">{location.pathname}</span>
      <ReportView release="new-checkout" />
    </>
  );
}

const notes = () => screen.getByRole('textbox', { name: 'What to carry into the next release' });

describe('ReportView', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.mocked(api.reportHTML).mockResolvedValue('<h1>Rollout report: New checkout</h1>');
    vi.mocked(api.reportNotes).mockResolvedValue('Start beta earlier');
    vi.mocked(api.saveReportNotes).mockResolvedValue();
  });

  it('shows the report in a frame without scripts or the app’s origin', async () => {
    renderPage(<Page />, '/releases/new-checkout');
    const frame = await screen.findByTitle('Rollout report');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', '<h1>Rollout report: New checkout</h1>');
  });

  it('saves the notes and redraws the report with them', async () => {
    renderPage(<Page />, '/releases/new-checkout');
    await waitFor(() => expect(notes()).toHaveValue('Start beta earlier'));
    expect(screen.getByRole('button', { name: 'Save notes' })).toBeDisabled();
    fireEvent.change(notes(), { target: { value: 'Start beta earlier\nBrief support a week ahead' } });
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect(api.reportHTML).toHaveBeenCalledTimes(2));
    expect(api.saveReportNotes).toHaveBeenCalledExactlyOnceWith('new-checkout', 'Start beta earlier\nBrief support a week ahead');
    expect(screen.queryByText('Not saved yet')).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved notes, and stays when asked to', async () => {
    renderPage(<Page />, '/releases/new-checkout');
    await waitFor(() => expect(notes()).toHaveValue('Start beta earlier'));
    fireEvent.change(notes(), { target: { value: 'Half a thought' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByText('Leave without saving the notes?')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByText('Leave without saving the notes?')).not.toBeInTheDocument());
    expect(screen.getByTestId('path')).toHaveTextContent('/releases/new-checkout');
    expect(notes()).toHaveValue('Half a thought');

    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(screen.getByTestId('path')).toHaveTextContent(/^\/releases$/));
  });
});
