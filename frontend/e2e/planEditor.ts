import { expect, type Locator, type Page } from '@playwright/test';

// The release page's plan editor: its form, and the plan file in CodeMirror.

/** openPlanEditor opens the plan editor from the release page's menu; it opens on the form. */
export async function openPlanEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'More release actions' }).click();
  await page.getByRole('menuitem', { name: 'Edit plan' }).click();
  const dialog = page.getByRole('dialog', { name: /^Edit plan/ });
  await expect(dialog.getByTestId('plan-form')).toBeVisible();
  return dialog;
}

/** openYAML switches the editor to the plan file and returns CodeMirror's editable text. */
export async function openYAML(dialog: Locator): Promise<Locator> {
  await dialog.getByRole('tab', { name: 'YAML' }).click();
  const content = dialog.locator('.cm-content');
  await expect(content).toBeVisible();
  return content;
}

/** planFile is a release's plan file as the editor loads it, read through the app's own binding. */
export function planFile(page: Page, release: string): Promise<string> {
  return page.evaluate((key) => (window as unknown as { go: { main: { App: { PlanYAML: (k: string) => Promise<string> } } } }).go.main.App.PlanYAML(key), release);
}
