import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type PlanForm } from '../api';
import { renderPage } from '../test/render';
import { PlanEditor } from './PlanEditor';

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return {
    ...actual,
    api: {
      planDraft: vi.fn(),
      planYAML: vi.fn(),
      checkPlanDraft: vi.fn(),
      checkPlanYAML: vi.fn(),
      readPlanDraft: vi.fn(),
      savePlanDraft: vi.fn(),
      savePlanYAML: vi.fn(),
      listMetricValues: vi.fn(),
      listFlags: vi.fn(),
    },
  };
});

const draft: PlanForm = {
  key: 'checkout',
  name: 'Checkout',
  description: '',
  owner: '',
  links: [],
  phases: [
    { name: 'Beta', status: 'active', audience: '', owner: '', planned_start: null, planned_end: null, flag_expects: [], entry: [], exit: [] },
  ],
};
const file = 'release: checkout\nname: Checkout\nphases:\n  - name: Beta\n    status: active\n';

function open() {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  renderPage(<PlanEditor release="checkout" onClose={onClose} onSaved={onSaved} />);
  return { onClose, onSaved };
}

describe('PlanEditor', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.mocked(api.planDraft).mockResolvedValue(draft as never);
    vi.mocked(api.planYAML).mockResolvedValue(file);
    vi.mocked(api.checkPlanDraft).mockResolvedValue({ yaml: file, problems: [] } as never);
    vi.mocked(api.checkPlanYAML).mockResolvedValue([]);
    vi.mocked(api.listMetricValues).mockResolvedValue([]);
    vi.mocked(api.listFlags).mockResolvedValue([]);
  });

  it('shows the Go side’s problems on their fields and keeps Save disabled', async () => {
    vi.mocked(api.checkPlanDraft).mockResolvedValue({
      yaml: file,
      problems: [{ field: 'phases.0.ends', line: 6, reason: 'ends 2026-12-01 is before starts 2026-12-02' }],
    } as never);
    open();
    fireEvent.change(await screen.findByLabelText('Beta: planned end'), { target: { value: '2026-12-01' } });
    expect(await screen.findByTestId('plan-problems')).toHaveTextContent('Phase “Beta” → ends: ends 2026-12-01 is before starts 2026-12-02');
    expect(screen.getByRole('button', { name: 'Save plan' })).toBeDisabled();
    await waitFor(() =>
      expect(api.checkPlanDraft).toHaveBeenLastCalledWith(
        expect.objectContaining({ phases: [expect.objectContaining({ planned_end: '2026-12-01T00:00:00Z' })] }),
        file,
      ),
    );
  });

  it('saves the form with the file it was read from, for its comments', async () => {
    vi.mocked(api.savePlanDraft).mockResolvedValue({ release: { key: 'checkout' } } as never);
    const { onSaved } = open();
    fireEvent.change(await screen.findByLabelText(/^Release name/), { target: { value: 'New checkout' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('checkout'));
    expect(api.savePlanDraft).toHaveBeenCalledWith(expect.objectContaining({ name: 'New checkout' }), file);
    expect(api.savePlanYAML).not.toHaveBeenCalled();
  });

  it('writes the form out when switching to YAML, and stays there while the file has problems', async () => {
    open();
    await screen.findByTestId('plan-form');
    fireEvent.click(screen.getByRole('tab', { name: 'YAML' }));
    await waitFor(() => expect(api.checkPlanDraft).toHaveBeenCalledWith(expect.objectContaining({ key: 'checkout' }), file));
    expect(await screen.findByTestId('yaml-editor')).toBeInTheDocument();

    vi.mocked(api.readPlanDraft).mockResolvedValue({ draft: {}, problems: [{ line: 4, reason: 'not valid YAML: x' }] } as never);
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }));
    expect(await screen.findByTestId('switch-error')).toHaveTextContent('The plan file has 1 problem (listed below): fix it to go back to the form.');
    expect(screen.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true');

    vi.mocked(api.readPlanDraft).mockResolvedValue({ draft: { ...draft, name: 'Read back' }, problems: [] } as never);
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }));
    expect(await screen.findByLabelText(/^Release name/)).toHaveValue('Read back');
  });

  it('asks before Cancel discards edits', async () => {
    const { onClose } = open();
    fireEvent.change(await screen.findByLabelText(/^Release name/), { target: { value: 'Edited' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep editing' }));
    expect(onClose).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Keep editing' })).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
  });
});
