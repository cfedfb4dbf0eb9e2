import { expect, test, type Locator, type Page } from '@playwright/test';
import { sizes } from './shoot';

// The release manager's desk: the Now / Next / Due line on the releases
// list and the release page, syncing a release with one toast at most, the
// links to the phase's drafts and support guide, and opening a support
// search hit. Works on the demo release, loaded on a first start.

/** clipped lists the texts inside root whose content is wider or taller than their box. */
async function clipped(root: Locator): Promise<string[]> {
  return root.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('p, span, a, button')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
      .filter((e) => getComputedStyle(e).overflow !== 'visible' || getComputedStyle(e).textOverflow === 'ellipsis')
      .map((e) => e.textContent ?? ''),
  );
}

/** overlaps reports whether two boxes share any pixel. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function openDemo(page: Page) {
  await page.goto('/#/releases');
  const row = page.getByRole('row', { name: /New checkout/ });
  if (!(await row.isVisible().catch(() => false))) {
    const load = page.getByRole('button', { name: 'Load demo workspace' });
    if (await load.isVisible().catch(() => false)) await load.click();
  }
  await expect(row).toBeVisible();
  return row;
}

test('the releases list shows Now / Next / Due, unclipped, with sources', async ({ page }) => {
  for (const size of sizes) {
    await page.setViewportSize(size);
    const row = await openDemo(page);
    const line = row.getByTestId('status-line');
    await expect(line.getByTestId('status-now')).toContainText(/Beta 5% since \d+ \w+ · hold/);
    await expect(line.getByTestId('status-next')).toContainText(/25% (was )?due \d+ \w+/);
    await expect(line.getByTestId('status-next')).toContainText(/\d+ criteri(a|on) open/);
    await expect(line.getByTestId('status-due')).not.toBeEmpty();
    expect(await clipped(line)).toEqual([]);
    // Every part fits in the window.
    const box = (await line.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    await line.getByTestId('status-next').hover();
    await expect(page.getByRole('tooltip')).toContainText(/planned date from the plan.*criteria from readiness at \d\d:\d\d/);
    await page.screenshot({ path: `../build/screenshots/desk-releases-${size.width}.png` });
  }
});

test('the release page syncs with progress, then shows one toast at most, clear of the controls', async ({ page }) => {
  await page.setViewportSize(sizes[0]);
  await openDemo(page);
  await page.goto('/#/releases/new-checkout');
  const bar = page.getByTestId('release-status');
  await expect(bar.getByTestId('status-now')).toContainText('Beta 5%');
  // Note every progress bar the sync draws, however briefly.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="release-sync-progress"]')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await bar.getByRole('button', { name: 'Sync flags' }).click();
  await expect(bar.getByTestId('release-sync-done')).toContainText(/Synced \d+ flag states from .* at \d\d:\d\d/);
  expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
  await page.waitForTimeout(500); // any drift toast arrives with the sync's end
  expect(await page.locator('.mantine-Notification-root').count()).toBeLessThanOrEqual(1);
  expect(await clipped(bar)).toEqual([]);
  await page.screenshot({ path: '../build/screenshots/desk-release-top-1024.png' });

  // A kill changes one verdict: one drift toast (and the kill's own), in the
  // navigation, covering neither the Restore button nor the header actions.
  // The staging flag, so release.spec.ts's audit rows of the production one
  // stay its own.
  const row = page.getByTestId('linked-flag').filter({ hasText: 'new-checkout' }).filter({ hasText: 'staging' });
  await row.getByRole('button', { name: 'Kill' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kill new-checkout in staging?' });
  await confirm.getByLabel('Comment').fill('desk e2e');
  await confirm.getByRole('button', { name: 'Kill flag' }).click();
  const toast = page.getByTestId('drift-toast');
  await expect(toast).toContainText('1 flag changed');
  await expect(toast).toContainText('new-checkout: new-checkout (staging) is now off (was on plan)');
  await expect(page.getByTestId('drift-toast')).toHaveCount(1);
  const restore = row.getByRole('button', { name: 'Restore' });
  await restore.scrollIntoViewIfNeeded();
  const controls = [restore, page.getByRole('button', { name: 'Advance phase' }), page.getByRole('button', { name: 'Sync flags' })];
  // Read every toast's box at once: a toast that closes meanwhile must not stall the test.
  const toasts = await page.locator('.mantine-Notification-root').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (const tb of toasts) {
    for (const c of controls) expect(overlaps(tb, (await c.boundingBox())!), `a toast covers ${await c.textContent()}`).toBe(false);
  }
  await page.screenshot({ path: '../build/screenshots/desk-release-1024.png' });
  await restore.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore flag' }).click();
  await expect(row.getByTestId('verdict')).toHaveText('On plan');
  await page.setViewportSize(sizes[1]);
  await page.screenshot({ path: '../build/screenshots/desk-release-1400.png' });
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await clipped(bar)).toEqual([]);
  await page.screenshot({ path: '../build/screenshots/desk-release-top-1400.png' });
});

test('the drafts and support links open the phase', async ({ page }) => {
  await openDemo(page);
  await page.goto('/#/releases/new-checkout');
  await page.getByRole('link', { name: 'Drafts for Beta 5%' }).click();
  await expect(page).toHaveURL(/#\/communications\?release=new-checkout&phase=Beta\+5%25/);
  await expect(page.getByRole('combobox', { name: 'Phase' })).toHaveValue('Beta 5%');
  await expect(page.getByRole('combobox', { name: 'Release' })).toHaveValue('New checkout');

  await page.goto('/#/releases/new-checkout');
  await page.getByRole('link', { name: 'Support guide for Beta 5%' }).click();
  await expect(page).toHaveURL(/#\/support\?release=new-checkout&phase=Beta\+5%25/);
  await expect(page.getByRole('combobox', { name: 'Phase' })).toHaveValue('Beta 5%');
  await expect(page.getByTestId('support-guide').first()).toBeVisible();
  // What changes, in customers' terms: features by name, production only.
  const changes = page.getByTestId('phase-changes');
  await expect(changes).toContainText('Checkout express pay: 5% of customers get it (was 0%).');
  await expect(changes).not.toContainText('staging');
});

test('a support search hit opens the whole guide with its phase and date', async ({ page }) => {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await openDemo(page);
    await page.goto('/#/support?release=new-checkout&phase=Internal');
    await page.getByLabel('Search every guide').fill('escalation');
    const hit = page.getByTestId('support-hit').filter({ hasText: 'Beta 5%' }).filter({ hasText: 'troubleshooting guide' }).first();
    await hit.click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByTestId('support-hit-guide').locator('h1')).toBeVisible();
    await expect(drawer).toContainText('Beta 5%');
    await expect(drawer).toContainText(/Phase from \d+ \w+ \d{4}/);
    await expect(drawer.getByTestId('support-hit-guide')).not.toContainText('Look up the customer');
    await page.waitForTimeout(400); // the drawer slides in
    const box = (await drawer.getByTestId('support-hit-guide').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `../build/screenshots/desk-support-hit-${size.width}.png` });
    await drawer.getByRole('button', { name: 'Show Beta 5% on this page' }).click();
    await expect(page).toHaveURL(/phase=Beta\+5%25/);
    await expect(page.getByRole('combobox', { name: 'Phase' })).toHaveValue('Beta 5%');
  }
});
