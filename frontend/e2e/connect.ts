import { expect, type Page } from '@playwright/test';

// Adding and syncing a connection to the fake LaunchDarkly or Split server
// that global-setup started, as a person would in Settings.

/** addConnection opens the add-connection form and fills it in; the caller tests or saves it. */
export async function addConnection(page: Page, provider: 'LaunchDarkly' | 'Split', name: string, project: string, env: string, url: string) {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Add connection' }).click();
  const form = page.getByRole('dialog', { name: 'Add a connection' });
  await form.getByText(provider, { exact: true }).click();
  await form.getByLabel('Name').fill(name);
  await form.getByLabel(provider === 'Split' ? /^Workspace(?! id)/ : 'Project key').fill(project);
  await form.getByLabel('Environments').fill(env);
  await form.getByLabel('Environments').press('Enter');
  await form.getByLabel('API address').fill(url);
  return form;
}

/** saveAndSync saves a filled-in connection form and syncs it, waiting for the sync to finish. */
export async function saveAndSync(page: Page, form: Awaited<ReturnType<typeof addConnection>>, name: string) {
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(new RegExp(`Synced \\d+ flag states from ${name}`))).toBeVisible({ timeout: 30_000 });
}
