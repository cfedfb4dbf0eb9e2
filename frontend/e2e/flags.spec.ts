import { expect, test, type Locator, type Page } from '@playwright/test';
import { addConnection, saveAndSync } from './connect';
import { sizes } from './shoot';

// The flags list and a flag's page follow the variation being released, not
// whichever one dominates; its history is on a time axis with who changed it;
// and a Split flag reads in Split's words. On the demo (loaded at first
// start) and the fake Split server; the demo is reloaded at the end, so the
// specs after this one find it as they expect.

const shots = '../build/screenshots';

/** pick chooses option in the flags list's select named name. */
async function pick(page: Page, name: string, option: string) {
  await page.getByRole('combobox', { name }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** openFlag finds flag key of provider in environment in the flags list; it returns its row and the flag page's locator. */
async function openFlag(page: Page, provider: string, key: string, environment: string): Promise<{ row: Locator; drawer: Locator }> {
  await page.goto('/#/flags');
  await page.getByLabel('Search flags').fill(key);
  await pick(page, 'Provider', provider);
  await pick(page, 'Environment', environment);
  const row = page.getByTestId('flag-row').filter({ hasText: key }).first();
  await expect(row).toBeVisible();
  return { row, drawer: page.getByRole('dialog') };
}

/** tooltipNow points at the right end of the history chart, which is now, and returns its tooltip. */
async function tooltipNow(page: Page, drawer: Locator): Promise<Locator> {
  const plot = drawer.getByTestId('rollout-chart').locator('.recharts-cartesian-grid');
  await expect(plot).toBeAttached();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  const tooltip = page.getByTestId('history-tooltip');
  await expect(tooltip).toBeVisible();
  return tooltip;
}

test('a flag taken to 0% shows 0% in the list and in its chart', async ({ page }) => {
  // Rolling the demo release back to Internal takes new-checkout in production to 0% "true".
  await page.goto('/#/releases/new-checkout');
  await page.getByRole('button', { name: 'Roll back' }).click();
  const dialog = page.getByRole('dialog', { name: 'Roll back to the previous phase' });
  await dialog.getByLabel('Comment').fill('CAB-9: back to employees only');
  await dialog.getByRole('button', { name: 'Roll back to “Internal”' }).click();
  await expect(dialog).toHaveCount(0);

  const { row, drawer } = await openFlag(page, 'demo', 'new-checkout', 'production');
  await expect(row.getByTestId('released-share')).toHaveText(/^true\s*0%$/);
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');

  await row.click();
  await expect(drawer.getByTestId('released')).toHaveText('true: 0% of traffic');
  const tooltip = await tooltipNow(page, drawer);
  await expect(tooltip).toContainText('true: 0% of traffic');
  await expect(tooltip).toContainText(/Rollout set by .+ in Rollout Desk \(.+, release new-checkout\)/);
  await expect(tooltip).toContainText('“CAB-9: back to employees only”');
});

test('the history tooltip says who killed a flag and why', async ({ page }) => {
  const { row, drawer } = await openFlag(page, 'demo', 'checkout-express-pay', 'production');
  await row.click();
  await drawer.getByRole('button', { name: 'Kill switch' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kill checkout-express-pay in production?' });
  await expect(confirm).toContainText('they all get its off variation');
  await confirm.getByLabel('Comment').fill('INC-88 express pay double charges');
  await confirm.getByRole('button', { name: 'Kill flag' }).click();
  await expect(page.getByText('checkout-express-pay is now off in production')).toBeVisible();

  await expect(row.getByTestId('released-share')).toHaveText(/^on\s*0%$/);
  await row.click();
  const tooltip = await tooltipNow(page, drawer);
  await expect(tooltip).toContainText('on: 0% of traffic');
  await expect(tooltip).toContainText(/Killed by .+ in Rollout Desk/);
  await expect(tooltip).toContainText('“INC-88 express pay double charges”');

  for (const size of sizes) {
    await page.setViewportSize(size);
    await tooltipNow(page, drawer);
    await page.screenshot({ path: `${shots}/flag-page-${size.width}x${size.height}.png` });
  }
});

test('a Split flag speaks of treatments, a LaunchDarkly-style one of variations', async ({ page }) => {
  const form = await addConnection(page, 'Split', 'Split words', 'Web Store', 'Production', process.env.FAKE_SPLIT_URL!);
  await saveAndSync(page, form, 'Split words');

  await page.goto('/#/flags');
  await pick(page, 'Provider', 'split');
  const splitRow = page.getByTestId('flag-row').first();
  await splitRow.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('split · Web Store · Production');
  for (const words of ['Released treatment', 'Default treatment', 'Traffic allocation', 'treatment', 'Default rule']) {
    await expect(drawer).toContainText(words);
  }
  await expect(drawer).not.toContainText(/variation/i);
  await page.keyboard.press('Escape');

  const { row } = await openFlag(page, 'demo', 'new-checkout', 'production');
  await row.click();
  const demo = page.getByRole('dialog');
  for (const words of ['Released variation', 'Off variation', 'Default rule (fallthrough)']) {
    await expect(demo).toContainText(words);
  }
  await expect(demo).not.toContainText(/treatment|traffic allocation/i);
  await page.keyboard.press('Escape');

  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.goto('/#/releases'); // leave the page, so the list opens unfiltered
    await page.goto('/#/flags');
    await expect(page.getByText(/^(\d+) of \1 flag states/)).toBeVisible();
    await page.screenshot({ path: `${shots}/flags-${size.width}x${size.height}.png` });
  }
});

test('the demo is reloaded for the specs that follow', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('demo-banner').getByRole('button', { name: 'Remove demo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove demo' }).click();
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByRole('row', { name: /New checkout/ })).toBeVisible();
});
