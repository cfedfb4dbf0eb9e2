import { expect, test } from '@playwright/test';
import { openPlanEditor, openYAML, planFile } from './planEditor';

// The release page's actions on the demo release: kill switch and restore,
// plan editing with line-numbered problems, and advancing with a dry run.
// Runs after app.spec.ts, which leaves the demo loaded.

test('kill and restore a demo flag from the release page', async ({ page }) => {
  await page.goto('/#/releases/new-checkout');
  await expect(page.getByTestId('release-timeline').locator('.recharts-reference-area').first()).toBeAttached();
  const row = page.getByTestId('linked-flag').filter({ hasText: 'new-checkout' }).filter({ hasText: 'production' });
  await expect(row.getByTestId('verdict')).toHaveText('On plan');

  await row.getByRole('button', { name: 'Kill' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kill new-checkout in production?' });
  await expect(confirm).toContainText('for everyone');
  await confirm.getByLabel('Comment').fill('INC-77 checkout errors');
  await confirm.getByRole('button', { name: 'Kill flag' }).click();
  await expect(page.getByText('new-checkout is now off in production')).toBeVisible();
  await expect(row.getByTestId('verdict')).toHaveText('Off');
  await expect(row).toContainText('Planned on at 5%, but the flag is off');

  await row.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore flag' }).click();
  await expect(row.getByTestId('verdict')).toHaveText('On plan');

  // The comment typed with the kill has its own column; the summary says what happened.
  await page.goto('/#/audit');
  // Other specs kill this flag too: this kill is the row with this comment.
  const killed = page
    .getByTestId('audit-table')
    .getByRole('row')
    .filter({ hasText: 'Killed new-checkout in web-store/production (was on)' })
    .filter({ hasText: 'INC-77 checkout errors' });
  await expect(killed.getByRole('cell', { name: 'INC-77 checkout errors', exact: true })).toBeVisible();
  await expect(killed).not.toContainText('(was on): INC-77');
});

test('the plan editor shows problems with their lines', async ({ page }) => {
  await page.goto('/#/releases/new-checkout');
  const dialog = await openPlanEditor(page);
  const text = await planFile(page, 'new-checkout');
  expect(text).toContain('release: new-checkout');
  const editor = await openYAML(dialog);
  await editor.fill(text.replace('expect: {on: true, percent: 25}', 'expect: {on: true, percent: 250}'));
  await expect(page.getByTestId('plan-problems')).toContainText(/Line \d+: percent 250 is outside 0–100/);
  await expect(page.getByRole('button', { name: 'Save plan' })).toBeDisabled();
  await editor.fill(text);
  await expect(page.getByTestId('plan-problems')).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});

test('advancing previews the diff and moves the release', async ({ page }) => {
  await page.goto('/#/releases/new-checkout');
  await page.getByRole('button', { name: 'Advance phase' }).click();
  const dialog = page.getByRole('dialog', { name: 'Advance to the next phase' });
  const diff = dialog.getByTestId('move-diff');
  await expect(diff).toContainText('checkout-express-pay');
  await expect(diff).toContainText('on 2% · off 98%');
  await expect(diff).toContainText('on 25% · off 75%');
  // Beta 5% is not ready (its planned end is days away), so the advance
  // needs a comment.
  await expect(dialog.getByTestId('move-readiness')).toContainText('Hold');
  const anyway = dialog.getByRole('button', { name: 'Advance anyway' });
  await expect(anyway).toBeDisabled();
  await dialog.getByLabel('Comment').fill('CAB-12: early move approved by dana');
  await anyway.click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('phase-card').nth(2)).toContainText('Active');
  await expect(page.getByTestId('linked-flag').getByTestId('verdict')).toHaveText(['On plan', 'On plan', 'On plan']);

  await page.getByRole('button', { name: 'Roll back' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Roll back to “Beta 5%”' }).click();
  await expect(page.getByTestId('phase-card').nth(1)).toContainText('Active');
  await expect(page.getByTestId('phase-card').nth(2)).toContainText('Rolled back');
  await page.screenshot({ path: '../build/screenshots/release-actions.png', fullPage: true });
});
