import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Readiness } from '../../api';
import { renderPage } from '../../test/render';
import { ReadinessPanel } from './ReadinessPanel';

const reasons = [
  { kind: 'criterion', status: 'pass', text: 'Error rate below 0.5%', detail: 'Ticked by dana@example.com on 28 Nov 2026', phase: 'Beta 5%', list: 'exit' },
  { kind: 'adoption', status: 'unknown', text: 'new-checkout in production', detail: 'This provider reports no evaluation counts' },
  { kind: 'criterion', status: 'open', text: 'No P1 tickets for 3 days', detail: 'Not ticked yet', phase: 'Beta 5%', list: 'exit' },
  { kind: 'criterion', status: 'unknown', text: 'Errors stay low', detail: 'No error_rate values in the phase', phase: 'Beta 5%', list: 'exit' },
  { kind: 'drift', status: 'fail', text: 'checkout-express-pay in production is behind plan', detail: 'Serving “on” to 2%; the phase plans 5%.' },
  { kind: 'schedule', status: 'open', text: 'Planned to run until 3 Dec 2026; advancing early' },
  {
    kind: 'criterion',
    status: 'fail',
    text: 'Conversion holds',
    detail: 'conversion was 2.1 on 30 Nov 2026, which breaks conversion >= 3 (1 of 2 values in the phase fail)',
    phase: 'Beta 5%',
    list: 'exit',
    guardrail: true,
  },
  { kind: 'criterion', status: 'open', text: 'Support briefed', detail: 'Not ticked yet', phase: '25%', list: 'entry' },
];

function readiness(verdict: string): Readiness {
  return { release: 'new-checkout', phase: 'Beta 5%', next: '25%', at: '2026-11-30T08:00:00Z', verdict, reasons } as Readiness;
}

describe('ReadinessPanel', () => {
  it('names the verdict and the move, and counts what stands against it', () => {
    renderPage(<ReadinessPanel readiness={readiness('rollback')} />);
    const panel = screen.getByTestId('readiness-panel');
    expect(within(panel).getByTestId('readiness-verdict')).toHaveTextContent('Roll back');
    expect(panel).toHaveTextContent('Beta 5% → 25%');
    expect(panel).toHaveTextContent('2 failing, 3 open, 1 unknown');
    expect(panel).toHaveTextContent('A guardrail fails: roll back rather than advance.');
  });

  it('lists what stands in the way — the failing guardrail, failing, open, unknown — then, on request, the passing, then adoption', () => {
    renderPage(<ReadinessPanel readiness={readiness('rollback')} />);
    expect(screen.getAllByTestId('readiness-reason')).toHaveLength(7);
    expect(screen.queryByText('Error rate below 0.5%')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 passing reason' }));
    const rows = screen.getAllByTestId('readiness-reason');
    expect(rows.map((r) => r.querySelector('p')?.textContent)).toEqual(['Fail', 'Fail', 'Open', 'Open', 'Open', 'Unknown', 'Pass', 'No data']);
    expect(within(rows[0]).getByText('Guardrail')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Exit criterion of Beta 5%')).toBeInTheDocument();
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Conversion holds'),
      expect.stringContaining('checkout-express-pay in production is behind plan'),
      expect.stringContaining('No P1 tickets for 3 days'),
      expect.stringContaining('Planned to run until 3 Dec 2026; advancing early'),
      expect.stringContaining('Support briefedEntry criterion of 25%'),
      expect.stringContaining('Errors stay low'),
      expect.stringContaining('Error rate below 0.5%'),
      expect.stringContaining('new-checkout in production'),
    ]);
    expect(rows[0]).toHaveTextContent('which breaks conversion >= 3');
    expect(rows[1]).toHaveTextContent('Flag drift');
    expect(rows[6]).toHaveTextContent('Ticked by dana@example.com on 28 Nov 2026');
    expect(rows[7]).toHaveTextContent('Adoption (informs, does not gate)');
    expect(rows[7]).toHaveTextContent('This provider reports no evaluation counts');
  });

  it('says a ready release may move on', () => {
    renderPage(<ReadinessPanel readiness={{ ...readiness('ready'), reasons: [reasons[0]] } as Readiness} />);
    expect(screen.getByTestId('readiness-verdict')).toHaveTextContent('Ready');
    expect(screen.queryByTestId('readiness-reason')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show 1 passing reason' })).toBeInTheDocument();
    expect(screen.getByTestId('readiness-panel')).toHaveTextContent('Every criterion is met: ready to move to “25%”.');
  });
});
