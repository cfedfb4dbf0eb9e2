import { expect, test } from '@playwright/test';

// Create release → link flag → start a phase → sync → see drift → kill → see
// "off", on the offline demo provider.

test('a new release tracks a linked flag through drift and the kill switch', async ({ page }) => {
  await page.goto('/#/releases');
  await page.getByRole('button', { name: 'New release' }).click();
  const create = page.getByRole('dialog', { name: 'New release' });
  await create.getByLabel('Name').fill('Search ranking v2');
  await expect(create.getByLabel('Key')).toHaveValue('search-ranking-v2');
  await create.getByLabel('Owner').fill('lee@example.com');
  await create.getByRole('button', { name: 'Create release' }).click();
  await expect(page.getByRole('heading', { name: 'Search ranking v2' })).toBeVisible();
  await expect(page.getByTestId('phase-card')).toHaveCount(6);
  await expect(page.getByText('No flags linked yet')).toBeVisible();

  await page.getByRole('button', { name: 'More release actions' }).click();
  await page.getByRole('menuitem', { name: 'Link a flag' }).click();
  const link = page.getByRole('dialog', { name: 'Link a flag' });
  await link.getByRole('combobox', { name: 'Flag' }).fill('search-v2');
  await page.getByRole('option', { name: 'search-v2 · production · demo web-store' }).click();
  await link.getByRole('combobox', { name: 'Released variation' }).click();
  await page.getByRole('option', { name: 'semantic' }).click();
  await link.getByRole('button', { name: 'Link flag' }).click();
  const row = page.getByTestId('linked-flag');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Not planned in this phase');

  // Start "Internal" without touching the flag: it serves 25% where the phase plans 0%.
  await page.getByRole('button', { name: 'Start first phase' }).click();
  const move = page.getByRole('dialog', { name: 'Advance to the next phase' });
  await expect(move.getByTestId('move-diff')).toContainText('semantic 0%');
  await move.getByLabel('Apply the new percentages to the flags through their providers').uncheck();
  await move.getByRole('button', { name: 'Start “Internal”' }).click();
  await expect(page.getByTestId('phase-card').first()).toContainText('Active');

  await page.goto('/#/settings');
  await page.getByRole('row', { name: /Demo \(offline\)/ }).getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/Synced 14 flag states from Demo \(offline\)/)).toBeVisible();

  await page.goto('/#/releases/search-ranking-v2');
  await expect(row.getByTestId('verdict')).toHaveText('Ahead');
  await expect(row).toContainText('Serving “semantic” to 25%; the phase plans only 0%.');

  await row.getByRole('button', { name: 'Kill' }).click();
  await page.getByRole('dialog', { name: 'Kill search-v2 in production?' }).getByRole('button', { name: 'Kill flag' }).click();
  await expect(row.getByTestId('verdict')).toHaveText('Off');
  await expect(row.getByRole('cell', { name: 'Off', exact: true })).toBeVisible();

  await page.goto('/#/releases');
  await expect(page.getByRole('row', { name: /Search ranking v2/ }).getByTestId('drift-summary')).toHaveText('1 of 1 drifting');
});
