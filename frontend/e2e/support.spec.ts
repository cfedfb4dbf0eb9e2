import { expect, test } from '@playwright/test';

test('support reads a phase’s guides, what changed, and searches every guide', async ({ page }) => {
  await page.goto('/#/support');
  await expect(page.getByTestId('phase-changes')).toContainText('What changes for customers');
  await expect(page.getByTestId('phase-changes')).toContainText('Who has it:');
  await expect(page.getByTestId('support-guide').first()).toBeVisible();
  await expect(page.getByTestId('support-guide').first().locator('h1, h2').first()).toBeVisible();
  expect(await page.getByTestId('support-guide').first().innerHTML()).not.toMatch(/<script/i);

  await page.getByLabel('Search every guide').fill('escalation');
  const hits = page.getByTestId('support-hits');
  await expect(hits).toContainText(/\d+ match/);
  await page.screenshot({ path: '../build/screenshots/support.png', fullPage: true });
  await expect(hits.locator('mark').first()).toBeVisible();
  await page.getByLabel('Search every guide').fill('zzzyqx');
  await expect(hits).toContainText('No guide mentions that');
});
