import { expect, test, type Page } from '@playwright/test';
import { shoot } from './shoot';

// Every page at the two sizes the desk must work at: no status text may be
// cut, and the window must not scroll sideways. make screenshots saves each
// into docs/screenshots.

/** The pages, each reached by a route and ready when its landmark shows. */
const pages: { name: string; route: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'releases', route: '/releases', ready: (p) => expect(p.getByRole('row', { name: /New checkout/ })).toBeVisible() },
  { name: 'release-overview', route: '/releases/new-checkout', ready: (p) => expect(p.getByTestId('phase-card').first()).toBeVisible() },
  { name: 'release-metrics', route: '/releases/new-checkout?tab=metrics', ready: (p) => expect(p.getByRole('tab', { name: /Metrics/, selected: true })).toBeVisible() },
  { name: 'release-feedback', route: '/releases/new-checkout?tab=feedback', ready: (p) => expect(p.getByRole('tab', { name: /Feedback/, selected: true })).toBeVisible() },
  { name: 'release-who-to-tell', route: '/releases/new-checkout?tab=notices', ready: (p) => expect(p.getByRole('tab', { name: /Who to tell/, selected: true })).toBeVisible() },
  { name: 'release-report', route: '/releases/new-checkout?tab=report', ready: (p) => expect(p.getByRole('tab', { name: /Report/, selected: true })).toBeVisible() },
  { name: 'flags', route: '/flags', ready: (p) => expect(p.getByTestId('flag-row').first()).toBeVisible() },
  { name: 'communications', route: '/communications', ready: (p) => expect(p.getByRole('heading', { name: 'Communications' })).toBeVisible() },
  { name: 'support', route: '/support', ready: (p) => expect(p.getByRole('heading', { name: /Support/ })).toBeVisible() },
  { name: 'settings', route: '/settings', ready: (p) => expect(p.getByRole('heading', { name: 'Settings' })).toBeVisible() },
  { name: 'audit', route: '/audit', ready: (p) => expect(p.getByTestId('audit-table')).toBeVisible() },
];

for (const p of pages) {
  test(`${p.name}: nothing clipped at 1024×700 or 1400×900`, async ({ page }) => {
    await page.goto(`/#${p.route}`);
    await p.ready(page);
    // Whatever loads after the landmark (charts, counts) has drawn when no loader spins.
    await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
    await shoot(page, p.name);
  });
}
