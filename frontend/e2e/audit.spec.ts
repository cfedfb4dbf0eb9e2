import { expect, test } from '@playwright/test';
import { shoot } from './shoot';

// Who did what: the name set in Settings is the actor of what you do, and
// an audit row opens a drawer with the comment and the state before and
// after. The email settings name the SMTP password's own variable. On a
// fresh workspace the demo is loaded (first start); kill and restore leave
// the demo flag as they found it.



test('your name from Settings is the actor, and the audit drawer shows the comment and before/after', async ({ page }) => {
  await page.goto('/#/settings');
  const you = page.getByTestId('your-name');
  const name = you.getByLabel('Your name');
  await expect(name).toHaveAttribute('placeholder', /\S/); // the OS user
  await name.fill('Dana Release');
  await you.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('The audit log now names you “Dana Release”.')).toBeVisible();
  await expect(you.getByRole('button', { name: 'Save name' })).toBeDisabled();

  const smtp = page.getByTestId('smtp-settings');
  await expect(smtp.getByTestId('smtp-password-env')).toContainText('ROLLOUTDESK_SMTP_PASSWORD');
  await shoot(page, 'settings-your-name');
  await smtp.scrollIntoViewIfNeeded();
  await shoot(page, 'settings-email');
  await page.setViewportSize({ width: 1360, height: 860 });

  await page.goto('/#/releases/new-checkout');
  const row = page.getByTestId('linked-flag').filter({ hasText: 'new-checkout' }).filter({ hasText: 'production' });
  await expect(row.getByTestId('verdict')).toHaveText('On plan');
  await row.getByRole('button', { name: 'Kill' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kill new-checkout in production?' });
  await confirm.getByLabel('Comment').fill('INC-88 audit drawer check');
  await confirm.getByRole('button', { name: 'Kill flag' }).click();
  await expect(row.getByTestId('verdict')).toHaveText('Off');
  await row.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore flag' }).click();
  await expect(row.getByTestId('verdict')).toHaveText('On plan');

  await page.goto('/#/audit');
  const killed = page.getByTestId('audit-row').filter({ hasText: 'INC-88 audit drawer check' });
  await expect(killed).toHaveCount(1);
  await expect(killed).toContainText('Dana Release');
  await killed.click();

  const drawer = page.getByTestId('audit-drawer');
  const facts = drawer.getByTestId('audit-drawer-facts');
  await expect(facts).toContainText('Dana Release');
  await expect(facts).toContainText('INC-88 audit drawer check');
  await expect(facts).toContainText('flag.kill');
  const on = drawer.getByTestId('audit-changes').getByRole('row').filter({ has: page.getByRole('cell', { name: 'on', exact: true }) });
  await expect(on).toHaveAttribute('data-changed', 'true');
  await expect(on.getByRole('cell')).toHaveText(['on', 'true', 'false']);
  await shoot(page, 'audit-drawer');

  // Clearing the name goes back to the OS user.
  await page.keyboard.press('Escape');
  await page.goto('/#/settings');
  await page.getByTestId('your-name').getByLabel('Your name').fill('');
  await page.getByTestId('your-name').getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText(/The audit log now names you “(?!Dana Release)/)).toBeVisible();
});
