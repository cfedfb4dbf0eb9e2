import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { shoot } from './shoot';

// Issue 11: after a kill the release page lists who to tell — the drafted
// customer and support notices — which export to a zip and then count as
// exported; the Communications page shows what is due, what the release's
// communications miss, and the release as of a day. Runs on the demo.


test('a kill drafts notices under Who to tell, which export and are marked exported', async ({ page }) => {
  await page.goto('/#/releases/new-checkout');
  // checkout-express-pay, so that release.spec.ts finds only its own kill of new-checkout in the audit log.
  const row = page.getByTestId('linked-flag').filter({ hasText: 'checkout-express-pay' });
  await row.getByRole('button', { name: 'Kill' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kill checkout-express-pay in production?' });
  await confirm.getByLabel('Comment').fill('INC-91 payment errors');
  await confirm.getByRole('button', { name: 'Kill flag' }).click();
  await expect(page.getByText('checkout-express-pay is now off in production')).toBeVisible();

  // No event says notices were drafted: the page loads them again after the kill.
  const waiting = page.getByTestId('waiting-notices');
  // Earlier specs may have left notices of their own kills: count at least these two.
  await expect(waiting).toContainText(/\d+ notices drafted, not sent/);
  await shoot(page, 'release-waiting-notices', { focus: waiting });
  await waiting.getByRole('link', { name: 'Open Who to tell' }).click();

  // Newest first: this kill's notices lead the list.
  const notices = page.getByTestId('who-to-tell').getByTestId('notice').filter({ hasText: '“INC-91 payment errors”' });
  await expect(notices).toHaveCount(2);
  await expect(notices.first()).toContainText('Kill switch on checkout-express-pay in production');
  await expect(page.getByTestId('who-to-tell').getByTestId('notice').first()).toContainText('INC-91');
  const customers = notices.filter({ hasText: 'incident-customers.md' });
  const support = notices.filter({ hasText: 'incident-support.md' });
  await expect(customers.getByTestId('notice-state')).toHaveText('Drafted, not sent');
  await expect(support.getByTestId('notice-state')).toHaveText('Drafted, not sent');
  await shoot(page, 'who-to-tell', { focus: page.getByTestId('who-to-tell') });

  await customers.getByRole('button', { name: /^Preview / }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByTestId('preview-title')).not.toBeEmpty();
  await preview.getByRole('tab', { name: 'Markdown' }).click();
  await expect(preview.getByTestId('rendered-markdown')).toContainText('New checkout');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /^Export selected \(\d+\)$/ }).click();
  await expect(page.getByTestId('notices-saved')).toContainText(/Saved \d+ notices to .*new-checkout-notices\.zip; they are marked exported/);
  expect(readdirSync(process.env.E2E_SAVE_DIR!)).toContain('new-checkout-notices.zip');
  await expect(customers.getByTestId('notice-state')).toHaveText('Exported');
  await expect(support.getByTestId('notice-state')).toHaveText('Exported');
  await expect(page.getByTestId('waiting-notices')).toHaveCount(0);

  // Leave the demo flag as the other specs expect it.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await row.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore flag' }).click();
  await expect(row.getByRole('button', { name: 'Kill' })).toBeVisible();
});

test('the Communications page shows what is due, what is missing, and the release as of a day', async ({ page }) => {
  const day = (n: number) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return d.toISOString().slice(0, 10);
  };
  // The release and phase come from the address, as the release page links them.
  await page.goto('/#/communications?release=new-checkout&phase=25%25&tab=due');
  await expect(page.getByRole('combobox', { name: 'Phase' })).toHaveValue('25%');
  await page.getByText('Custom', { exact: true }).click();
  await page.getByLabel('From', { exact: true }).fill(day(0));
  await page.getByLabel('To', { exact: true }).fill(day(12));
  const due = page.getByTestId('due-entry');
  await expect(due.filter({ hasText: '25%' }).first()).toContainText('new-checkout');
  await expect(due.filter({ hasText: '50%' }).first()).toBeVisible();
  await shoot(page, 'communications-due');

  await page.getByRole('tab', { name: 'Check' }).click();
  await expect(page.getByTestId('comms-check-clean')).toContainText('every phase tells its customers');
  // The phase stays chosen across tabs.
  await expect(page.getByRole('combobox', { name: 'Phase' })).toHaveValue('25%');

  await page.getByRole('tab', { name: 'Preview as of' }).click();
  await page.getByRole('textbox', { name: 'Preview as of' }).fill(day(5));
  await expect(page.getByTestId('as-of-why')).toContainText('phase "25%" is in effect');
  await expect(page.getByTestId('as-of-exposure')).toContainText('on 25%');
  await expect(page.getByTestId('as-of-draft').first()).toBeVisible();
  await shoot(page, 'communications-as-of');
  await page.getByTestId('as-of-draft').first().getByRole('button', { name: 'Read' }).click();
  await expect(page.getByRole('dialog').getByTestId('preview-title')).not.toBeEmpty();
  await page.keyboard.press('Escape');

  await page.getByRole('textbox', { name: 'Preview as of' }).fill(day(-40));
  await expect(page.getByTestId('as-of-why')).toContainText('has not started');
  await expect(page.getByTestId('as-of-draft')).toHaveCount(0);

  // Coming back without the address's choice, the page remembers it.
  await page.goto('/#/communications');
  await expect(page.getByRole('combobox', { name: 'Phase' })).toHaveValue('25%');
});

test('switching templates with unsaved edits asks before discarding them', async ({ page }) => {
  await page.goto('/#/communications');
  await page.getByText('ga-announcement', { exact: true }).click();
  const source = page.getByLabel('Template source');
  await expect(source).toHaveValue(/channel: email/);
  await source.fill((await source.inputValue()) + '\nUnsaved line\n');
  await page.getByText('beta-invitation', { exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Discard your changes to ga-announcement.md?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(source).toHaveValue(/Unsaved line/);
  await page.getByText('beta-invitation', { exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(source).toHaveValue(/beta/i);
  await expect(source).not.toHaveValue(/Unsaved line/);
});
