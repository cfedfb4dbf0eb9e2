import { expect, test } from '@playwright/test';
import { addConnection } from './connect';

// Connect → test → sync with progress → browse → flag detail chart, against
// the fake LaunchDarkly and Split servers that global-setup started (tokens
// come from the environment, as they would in CI).

test('a LaunchDarkly connection syncs with progress and its flags can be browsed', async ({ page }) => {
  const form = await addConnection(page, 'LaunchDarkly', 'LD production', 'web-store', 'production', process.env.FAKE_LAUNCHDARKLY_URL!);

  await form.getByLabel('Environments').fill('prod');
  await form.getByLabel('Environments').press('Enter');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByTestId('connection-test-result')).toContainText('has no environment "prod"');
  await form.getByRole('button', { name: 'Remove prod' }).or(form.locator('.mantine-Pill-remove').last()).click();

  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByTestId('connection-test-result')).toContainText('Connected to LaunchDarkly project "web-store"');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);

  const row = page.getByRole('row', { name: /LD production/ });
  await expect(row).toContainText('environment variable LAUNCHDARKLY_API_TOKEN');
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect(row.getByRole('progressbar', { name: 'Sync progress' })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.getByText(/Synced 300 flag states from LD production; 300 changed\./)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-runs').getByRole('row', { name: /launchdarkly/ }).first()).toContainText('ok');
  await page.screenshot({ path: '../build/screenshots/settings.png', fullPage: true });

  await page.goto('/#/flags');
  await page.getByRole('combobox', { name: 'Provider' }).click();
  await page.getByRole('option', { name: 'launchdarkly' }).click();
  await expect(page.getByText(/of 314 flag states/)).toBeVisible();
  await page.getByTestId('flag-table').hover();
  await page.mouse.wheel(0, 6000); // the list is virtualised: scrolling renders later rows
  await expect(page.getByTestId('flag-row').first()).toBeVisible();
  const first = page.getByTestId('flag-row').first();
  const key = (await first.locator('p').first().textContent())!;
  await page.getByLabel('Search flags').fill(key);
  await page.getByTestId('flag-row').first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(key);
  await expect(drawer).toContainText('launchdarkly · web-store · production');
  // A flat line has no height, so check the drawn path rather than visibility.
  await expect(drawer.getByTestId('rollout-chart').locator('path.recharts-line-curve')).toHaveAttribute('d', /^M/);
});

test('a Split connection syncs and a failing one says why without losing state', async ({ page }) => {
  const form = await addConnection(page, 'Split', 'Split production', 'Web Store', 'Production', process.env.FAKE_SPLIT_URL!);
  await form.getByRole('button', { name: 'Save' }).click();
  const row = page.getByRole('row', { name: /Split production/ });
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/Synced 300 flag states from Split production; 300 changed\./)).toBeVisible({ timeout: 30_000 });

  // Point it at an address with nothing listening: the sync fails, says so, and the flags stay.
  await row.getByRole('button', { name: 'Edit Split production' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Split production' });
  await edit.getByLabel('API address').fill('http://127.0.0.1:9/internal/api/v2');
  await edit.getByRole('button', { name: 'Save' }).click();
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText('Sync of Split production failed')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('sync-runs')).toContainText('failed');

  await page.goto('/#/flags');
  await page.getByRole('combobox', { name: 'Provider' }).click();
  await page.getByRole('option', { name: 'split' }).click();
  await expect(page.getByText(/300 of \d+ flag states/)).toBeVisible();
});
