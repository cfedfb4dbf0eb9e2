import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FeedbackEntry } from '../../api';
import { renderPage } from '../../test/render';
import { FeedbackTable } from './FeedbackTable';

const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';

function entry(id: number, text: string, link: string, customer = 'Acme'): FeedbackEntry {
  return {
    id,
    release: 'new-checkout',
    phase: '',
    day: '2026-11-28T00:00:00Z',
    source: 'zendesk',
    sentiment: 'negative',
    customer,
    text,
    link,
    created_at: '2026-11-28T10:00:00Z',
    in_phase: 'Beta 5%',
  } as FeedbackEntry;
}

describe('FeedbackTable', () => {
  it('renders what customers wrote as text, never as markup', () => {
    const { container } = renderPage(
      <FeedbackTable
        entries={[entry(1, hostile, 'javascript:alert(3)', '<b onmouseover=alert(4)>Mallory</b>')]}
        empty="none"
        onEdit={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    const row = screen.getByTestId('feedback-entry');
    expect(within(row).getByTestId('feedback-text').textContent).toBe(hostile);
    expect(row).toHaveTextContent('<b onmouseover=alert(4)>Mallory</b>');
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(row).toHaveTextContent('javascript:alert(3)');
  });

  it('links only http(s) sources, in a new window without a referrer', () => {
    renderPage(<FeedbackTable entries={[entry(2, 'Love it', 'https://support.example.com/t/1')]} empty="none" onEdit={vi.fn()} onDelete={vi.fn()} />);
    const link = screen.getByRole('link', { name: /Open the source/ });
    expect(link).toHaveAttribute('href', 'https://support.example.com/t/1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(screen.getByTestId('feedback-entry')).toHaveTextContent('28 Nov 2026');
    expect(screen.getByTestId('feedback-entry')).toHaveTextContent('Beta 5%');
  });
});
