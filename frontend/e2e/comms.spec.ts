import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Edit a template → the Go-rendered preview updates → export a bundle.

test('editing a template updates the preview, and a bundle exports', async ({ page }) => {
  await page.goto('/#/communications');
  await page.getByText('ga-announcement', { exact: true }).click();
  const source = page.getByLabel('Template source');
  await expect(source).toHaveValue(/channel: email/);
  await expect(page.getByTestId('preview-title')).toContainText('New checkout');

  const original = await source.inputValue();
  await source.fill(original.replace(/^subject: .*$/m, 'subject: "Früh dabei: {{.Release.Name}} ✓"'));
  await expect(page.getByTestId('preview-title')).toHaveText('Früh dabei: New checkout ✓');
  await source.fill(original + '\n{{.Release.Nope}}\n');
  await expect(page.getByTestId('template-problem')).toContainText(/ga-announcement\.md:\d+:/);
  await source.fill(original + '\n<script>alert(1)</script> [x](javascript:alert(1))\n');
  await expect(page.getByTestId('template-problem')).toHaveCount(0);
  const html = await page.getByTestId('template-preview').getAttribute('srcdoc');
  expect(html).toContain('&lt;script&gt;'); // shown as text, never run
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);

  await page.screenshot({ path: '../build/screenshots/communications.png' });
  await page.getByRole('tab', { name: 'Variables' }).click();
  await expect(page.getByTestId('template-variables')).toContainText('{{.Release.Name}}');

  await page.getByRole('button', { name: 'Export bundle' }).click();
  await page.getByRole('menuitem', { name: 'Every phase of the release' }).click();
  await expect(page.getByText(/Bundle saved to .*new-checkout\.zip/)).toBeVisible();
  const dir = process.env.E2E_SAVE_DIR!;
  expect(readdirSync(dir)).toContain('new-checkout.zip');
  const zip = readFileSync(path.join(dir, 'new-checkout.zip')).toString('latin1');
  expect(zip.startsWith('PK')).toBe(true);
  expect(zip).toContain('index.html');
  expect(zip).toContain('beta-5/email-beta-invitation.eml');
});

test('a test email goes out through the SMTP server and each recipient is reported', async ({ page }) => {
  await page.goto('/#/settings');
  const smtp = page.getByTestId('smtp-settings');
  await smtp.getByLabel('Server').fill(process.env.FAKE_SMTP_HOST!);
  await smtp.getByLabel('Port').fill(process.env.FAKE_SMTP_PORT!);
  await smtp.getByRole('combobox', { name: 'Encryption' }).click();
  await page.getByRole('option', { name: 'None (local test servers only)' }).click();
  await smtp.getByLabel('From').fill('Release team <releases@example.com>');
  await smtp.getByRole('button', { name: 'Save email settings' }).click();
  await expect(page.getByText('Email settings saved.')).toBeVisible();

  await page.goto('/#/communications');
  await page.getByRole('button', { name: 'Send test' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send a test email' });
  await dialog.getByRole('combobox', { name: 'Template' }).click();
  await page.getByRole('option', { name: 'beta-invitation' }).click();
  // One address is malformed: it is reported, and the good one still gets the email.
  for (const to of ['qa@example.com', 'bob@']) {
    await dialog.getByLabel('Recipients').fill(to);
    await dialog.getByLabel('Recipients').press('Enter');
  }
  await dialog.getByRole('button', { name: 'Send' }).click();
  const report = dialog.getByTestId('send-report');
  await expect(report.getByRole('row').filter({ hasText: 'qa@example.com' })).toContainText('Sent');
  await expect(report.getByRole('row').filter({ hasText: 'bob@' })).toContainText('Not an email address');
  await expect(report.getByRole('row').filter({ hasText: 'bob@' })).toContainText('nothing comes after the @');
});

test('the communication calendar lists what goes out when', async ({ page }) => {
  await page.goto('/#/communications');
  await page.getByRole('button', { name: 'Calendar' }).click();
  const calendar = page.getByRole('dialog', { name: 'Communication calendar' }).getByTestId('calendar');
  await expect(calendar).toContainText('Beta invitation');
  await page.getByRole('button', { name: 'Export .ics' }).click();
  await expect(page.getByText(/Calendar saved to .*new-checkout-communications\.ics/)).toBeVisible();
});
