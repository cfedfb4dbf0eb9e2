import { expect, test, type Page } from '@playwright/test';

// These tests share one backend (wails dev with a fresh data directory), so
// they run in order; the last one removes and restores the demo.

async function open(page: Page, section: string) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByText(section, { exact: true }).click();
}

test('first start shows the demo release', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Releases' })).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  const row = page.getByRole('row', { name: /New checkout/ });
  await expect(row).toContainText('Beta 5%');
  await expect(row.getByTestId('drift-summary')).toHaveText('1 of 3 drifting');
  await row.getByRole('link', { name: 'New checkout' }).click();
  await expect(page.getByTestId('phase-card')).toHaveCount(5);
  await expect(page.getByTestId('phase-card').nth(1)).toContainText('Active');
  const linked = page.getByTestId('linked-flag').filter({ hasText: 'checkout-express-pay' });
  await expect(linked).toContainText('On, 5%'); // expected
  await expect(linked).toContainText('On, 2%'); // actual, from the demo provider
  await expect(linked.getByTestId('verdict')).toHaveText('Behind');
  await expect(linked).toContainText('Serving “on” to 2%; the phase plans 5%.');
  await page.screenshot({ path: '../build/screenshots/release.png' });
});

test('flags page filters and shows a flag history chart', async ({ page }) => {
  await open(page, 'Flags');
  await expect(page.getByTestId('flag-row').first()).toBeVisible();
  const all = await page.getByTestId('flag-row').count();
  expect(all).toBeGreaterThan(10);
  await page.getByLabel('Search flags').fill('new-checkout');
  await expect(page.getByTestId('flag-row')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Environment' }).click();
  await page.getByRole('option', { name: 'production' }).click();
  await expect(page.getByTestId('flag-row')).toHaveCount(1);
  await page.getByTestId('flag-row').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('Released share over time');
  // A flat line has no height, so check the drawn path rather than visibility.
  await expect(drawer.getByTestId('rollout-chart').locator('path.recharts-line-curve')).toHaveAttribute('d', /^M/);
  // The demo provider counts evaluations: new-checkout in production serves "true" to some of them.
  await expect(drawer.getByTestId('flag-usage')).toContainText('Evaluations (last 30 days)');
  await expect(drawer.getByTestId('flag-usage').getByRole('row').filter({ hasText: 'true' })).toBeVisible();
  await page.screenshot({ path: '../build/screenshots/flag-detail.png' });
});

test('sync the demo connection with progress and see it recorded', async ({ page }) => {
  await open(page, 'Settings');
  const row = page.getByRole('row', { name: /Demo \(offline\)/ });
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/Synced 14 flag states from Demo \(offline\); 0 changed\./)).toBeVisible();
  await expect(page.getByTestId('sync-runs')).toContainText('ok');
  await open(page, 'Audit log');
  await expect(page.getByTestId('audit-table')).toContainText('demo.load');
});

test('removing the demo asks first, leaves an empty state, and it can come back', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('demo-banner').getByRole('button', { name: 'Remove demo' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove the demo workspace?' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByTestId('demo-banner')).toBeVisible();

  await page.getByTestId('demo-banner').getByRole('button', { name: 'Remove demo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove demo' }).click();
  await expect(page.getByText('No releases yet')).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  await open(page, 'Flags');
  await expect(page.getByText('No flags synced yet')).toBeVisible();

  await open(page, 'Releases');
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByRole('row', { name: /New checkout/ })).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
});
