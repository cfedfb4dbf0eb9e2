import { screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from './api';
import { Shell } from './Shell';
import { renderPage } from './test/render';

vi.mock('./api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./api')>();
  return {
    ...actual,
    api: {
      status: vi.fn(),
      listReleases: vi.fn(),
      listDriftSummaries: vi.fn(),
      listReadiness: vi.fn(),
      listStatusLines: vi.fn(),
      loadDemo: vi.fn(),
      onSyncProgress: vi.fn(),
      onDriftChanged: vi.fn(),
      onReadinessChanged: vi.fn(),
    },
  };
});

const status = {
  version: '1.2.3',
  commit: 'abc123def456',
  build_date: '2026-11-30T07:00:00Z',
  data_dir: '/home/dana/.config/rolloutdesk',
  log_file: '/home/dana/.config/rolloutdesk/rolloutdesk.log',
  demo_active: false,
  startup_error: '',
};

describe('Shell', () => {
  // The pages are lazily loaded chunks. Load the one these tests open up
  // front, so that transforming it on a busy machine does not eat into the
  // first findBy* wait.
  beforeAll(() => import('./pages/ReleasesPage'));

  beforeEach(() => {
    vi.resetAllMocks();
    vi.mocked(api.listDriftSummaries).mockResolvedValue([]);
    vi.mocked(api.listReadiness).mockResolvedValue([]);
    vi.mocked(api.listStatusLines).mockResolvedValue([]);
  });

  it('shows a startup failure instead of a blank window', async () => {
    vi.mocked(api.status).mockResolvedValue({
      ...status,
      startup_error: 'open database /x/rolloutdesk.db: the file is not a Rollout Desk database or is damaged',
    });
    renderPage(<Shell />, '/releases');
    expect(await screen.findByText('Rollout Desk could not open its workspace')).toBeInTheDocument();
    expect(screen.getByText(/the file is not a Rollout Desk database/)).toBeInTheDocument();
    expect(screen.getByText(status.log_file)).toBeInTheDocument();
  });

  it('shows the releases page with an empty state that offers the demo', async () => {
    vi.mocked(api.status).mockResolvedValue(status);
    vi.mocked(api.listReleases).mockResolvedValue([]);
    renderPage(<Shell />, '/');
    expect(await screen.findByText('No releases yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load demo workspace' })).toBeInTheDocument();
    expect(screen.getByText('Version 1.2.3')).toBeInTheDocument();
    expect(screen.queryByTestId('demo-banner')).not.toBeInTheDocument();
  });

  it('labels the demo workspace and lists releases', async () => {
    vi.mocked(api.status).mockResolvedValue({ ...status, demo_active: true });
    vi.mocked(api.listReleases).mockResolvedValue([
      { key: 'new-checkout', name: 'New checkout', description: 'One page', owner: 'dana', demo: true, active_phase: 'Beta 5%', phases: 5, flags: 3, updated_at: '2026-11-25T10:00:00Z' },
    ] as never);
    vi.mocked(api.listDriftSummaries).mockResolvedValue([{ release: 'new-checkout', drifting: 1, judged: 3 }]);
    vi.mocked(api.listReadiness).mockResolvedValue([
      {
        release: 'new-checkout',
        phase: 'Beta 5%',
        next: '25%',
        verdict: 'hold',
        reasons: [
          { kind: 'criterion', status: 'open', text: 'No P1 tickets for 3 days', phase: 'Beta 5%', list: 'exit' },
          { kind: 'adoption', status: 'unknown', text: 'new-checkout in production' },
        ],
      },
    ] as never);
    vi.mocked(api.listStatusLines).mockResolvedValue([
      {
        release: 'new-checkout',
        name: 'New checkout',
        now: { text: 'Beta 5% since 26 Nov · hold', source: 'active phase from the plan', phase: 'Beta 5%', since: null, verdict: 'hold' },
        next: { text: '25% due 3 Dec · 1 criterion open', source: 'planned date from the plan', phase: '25%', planned: null, open_criteria: 1 },
        due: { text: 'In app banner 3 Dec', source: 'communications calendar', date: null, phase: '25%', title: 'In app banner' },
      },
    ] as never);
    renderPage(<Shell />, '/releases');
    // Wait with a text query: a role query over the whole window can take
    // most of findBy*'s second on a busy machine.
    expect(await screen.findByText('Beta 5% since 26 Nov · hold')).toBeInTheDocument();
    expect(screen.getByTestId('status-next')).toHaveTextContent('Next25% due 3 Dec · 1 criterion open');
    expect(screen.getByTestId('status-due')).toHaveTextContent('DueIn app banner 3 Dec');
    expect(screen.getByRole('link', { name: 'New checkout' })).toHaveAttribute('href', '/releases/new-checkout');
    expect(screen.getByTestId('demo-banner')).toBeInTheDocument();
    expect(screen.getByTestId('drift-summary')).toHaveTextContent('1 of 3 drifting');
    expect(screen.getByTestId('readiness-summary')).toHaveTextContent('Hold1 openBeta 5% → 25%');
  });

  it('shows a backend error on a page as readable text', async () => {
    vi.mocked(api.status).mockResolvedValue(status);
    vi.mocked(api.listReleases).mockRejectedValue('list releases: database is locked');
    renderPage(<Shell />, '/releases');
    expect(await screen.findByRole('alert')).toHaveTextContent('list releases: database is locked');
  });
});
