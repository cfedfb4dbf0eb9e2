import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionDraft } from '../api';
import { renderPage } from '../test/render';
import { ConnectionForm } from './ConnectionForm';
import { FeedbackDialog } from './feedback/FeedbackDialog';
import { TestSendModal } from './TestSend';

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return { ...actual, api: { testConnection: vi.fn(), saveConnection: vi.fn(), addFeedback: vi.fn(), editFeedback: vi.fn() } };
});

const connection = {
  id: 0,
  name: '',
  provider: 'launchdarkly',
  project: '',
  environments: [],
  base_url: '',
  interval_minutes: 0,
} as unknown as ConnectionDraft;

/** Each dialog holding input, how to type into it, and its Cancel button. */
const dialogs: { name: string; render: (onClose: () => void) => ReactElement; type: () => Promise<void>; cancel: string }[] = [
  {
    name: 'test send recipients',
    render: (onClose) => (
      <TestSendModal title="Send a test email" send={vi.fn()} ready onClose={onClose}>
        <p>the template</p>
      </TestSendModal>
    ),
    type: () => userEvent.type(screen.getByPlaceholderText('you@example.com'), 'qa@example.com{Enter}'),
    cancel: 'Close',
  },
  {
    name: 'feedback',
    render: (onClose) => <FeedbackDialog release="checkout" phases={['Beta']} sources={[]} onClose={onClose} onSaved={vi.fn()} />,
    type: () => userEvent.type(screen.getByLabelText('What they said'), 'The pay button hides'),
    cancel: 'Cancel',
  },
  {
    name: 'connection',
    render: (onClose) => <ConnectionForm initial={connection} editing={false} onClose={onClose} onSaved={vi.fn()} />,
    type: () => userEvent.type(screen.getByPlaceholderText('Production flags'), 'LD production'),
    cancel: 'Cancel',
  },
];

describe('dialogs that hold input', () => {
  beforeEach(() => vi.resetAllMocks());

  for (const d of dialogs) {
    it(`${d.name}: closes at once when nothing was typed`, async () => {
      const onClose = vi.fn();
      renderPage(d.render(onClose));
      fireEvent.click(await screen.findByRole('button', { name: d.cancel }));
      expect(onClose).toHaveBeenCalledOnce();
    });

    it(`${d.name}: asks before Cancel discards what was typed`, async () => {
      const onClose = vi.fn();
      renderPage(d.render(onClose));
      await d.type();
      fireEvent.click(screen.getByRole('button', { name: d.cancel }));
      fireEvent.click(await screen.findByRole('button', { name: 'Keep editing' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Keep editing' })).not.toBeInTheDocument());
      expect(onClose).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: d.cancel }));
      fireEvent.click(await screen.findByRole('button', { name: 'Discard changes' }));
      await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    });
  }
});
