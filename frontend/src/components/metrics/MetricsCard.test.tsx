import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Readiness } from '../../api';
import { renderPage } from '../../test/render';
import { MetricsCard } from './MetricsCard';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { importMetricsFile: vi.fn(), enterMetric: vi.fn() } };
});

const measured = {
  kind: 'criterion',
  status: 'unknown',
  text: 'Conversion holds',
  detail: 'No conversion values in the phase',
  phase: 'Beta 5%',
  list: 'exit',
  guardrail: true,
  evidence: { metric: 'conversion', op: '>=', threshold: 3, from: '2026-11-26T00:00:00Z', to: '2026-11-30T00:00:00Z', values: [] },
};

function readiness(reasons: unknown[]): Readiness {
  return { release: 'new-checkout', phase: 'Beta 5%', next: '25%', at: '2026-11-30T08:00:00Z', verdict: 'hold', reasons } as Readiness;
}

describe('MetricsCard', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    notifications.clean();
  });

  it('says how to get values instead of drawing an empty chart', () => {
    renderPage(<MetricsCard release="new-checkout" readiness={readiness([measured])} values={[]} onChanged={vi.fn()} />);
    expect(screen.getByTestId('metric-chart')).toHaveTextContent('No conversion values yet: import a CSV export or enter a value above.');
    expect(screen.getByTestId('metric-chart')).toHaveTextContent('conversion >= 3');
    expect(document.querySelector('.recharts-wrapper')).toBeNull();
  });

  it('says how to measure a criterion when no phase has one', () => {
    renderPage(<MetricsCard release="new-checkout" readiness={readiness([])} values={[]} onChanged={vi.fn()} />);
    expect(screen.getByText(/No measured criteria in “Beta 5%” or “25%”/)).toBeInTheDocument();
    expect(screen.queryByTestId('metric-chart')).not.toBeInTheDocument();
  });

  it('enters one value and says what it stored', async () => {
    vi.mocked(api.enterMetric).mockResolvedValue({ added: 1, replaced: 0, metrics: ['conversion'], changes: [] } as never);
    const onChanged = vi.fn();
    renderPage(<MetricsCard release="new-checkout" readiness={readiness([measured])} values={[]} onChanged={onChanged} />);
    const enter = screen.getByRole('button', { name: 'Enter value' });
    expect(enter).toBeDisabled();
    fireEvent.change(screen.getByRole('combobox', { name: 'Metric' }), { target: { value: 'conversion' } });
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-30' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '3.2' } });
    fireEvent.click(enter);
    await waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(api.enterMetric).toHaveBeenCalledExactlyOnceWith('new-checkout', 'conversion', '2026-11-30', 3.2);
    expect(await screen.findByText('1 value added, 0 replaced')).toBeInTheDocument();
  });

  it('changes nothing when the import dialog is cancelled', async () => {
    vi.mocked(api.importMetricsFile).mockResolvedValue(null);
    const onChanged = vi.fn();
    renderPage(<MetricsCard release="new-checkout" readiness={readiness([measured])} values={[]} onChanged={onChanged} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import CSV…' }));
    await waitFor(() => expect(api.importMetricsFile).toHaveBeenCalledWith('new-checkout'));
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.queryByText(/values? added/)).not.toBeInTheDocument();
  });
});
