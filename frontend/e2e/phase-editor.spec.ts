import { expect, test, type Locator, type Page } from '@playwright/test';
import { addConnection, saveAndSync } from './connect';
import { openPlanEditor, openYAML, planFile } from './planEditor';
import { shoot } from './shoot';

// Editing a plan without YAML: a newcomer plans a three-phase release for a
// flag synced from the fake LaunchDarkly server, in the form only, ticks
// criteria and advances. Then the plan file in CodeMirror: a broken line
// shows on its line, the problem list takes you there, and unsaved edits
// are not lost to Esc. The demo release is only read, never saved.

/** day is n days from today (UTC) as YYYY-MM-DD, what a date input holds. */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** syncedLaunchDarkly connects the fake LaunchDarkly project and syncs it, unless connections.spec.ts already did. */
async function syncedLaunchDarkly(page: Page) {
  await page.goto('/#/settings');
  await expect(page.getByRole('button', { name: 'Add connection' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Demo \(offline\)/ })).toBeVisible();
  if ((await page.getByRole('row', { name: /LD production/ }).count()) > 0) return;
  const form = await addConnection(page, 'LaunchDarkly', 'LD production', 'web-store', 'production', process.env.FAKE_LAUNCHDARKLY_URL!);
  await saveAndSync(page, form, 'LD production');
}


/** pick clicks one option of a segmented control, found by its label. */
async function pick(scope: Locator, control: string, option: string) {
  await scope.getByRole('radiogroup', { name: control }).getByText(option, { exact: true }).click();
}

test('a newcomer plans three phases in the form, ticks criteria and advances, without YAML', async ({ page }) => {
  await syncedLaunchDarkly(page);

  await page.goto('/#/releases');
  await page.getByRole('button', { name: 'New release' }).click();
  const create = page.getByRole('dialog', { name: 'New release' });
  await create.getByLabel('Name').fill('Checkout redesign');
  await create.getByRole('button', { name: 'Create release' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout redesign' })).toBeVisible();

  await page.getByRole('button', { name: 'More release actions' }).click();
  await page.getByRole('menuitem', { name: 'Link a flag' }).click();
  const link = page.getByRole('dialog', { name: 'Link a flag' });
  await link.getByRole('combobox', { name: 'Flag' }).fill('flag-00000');
  await page.getByRole('option', { name: 'flag-00000 · production · launchdarkly web-store' }).click();
  await link.getByRole('combobox', { name: 'Released variation' }).click();
  await page.getByRole('option', { name: 'true', exact: true }).click();
  await link.getByRole('button', { name: 'Link flag' }).click();
  await expect(page.getByTestId('linked-flag')).toHaveCount(1);

  // Three phases: keep Internal, Beta and GA of the six a release starts with.
  const editor = await openPlanEditor(page);
  for (const phase of ['5%', '25%', '50%']) await editor.getByRole('button', { name: `Remove ${phase}`, exact: true }).click();
  const phases = editor.getByTestId('phase-form');
  await expect(phases).toHaveCount(3);

  await editor.getByLabel('Internal: planned start').fill(day(-10));
  await editor.getByLabel('Internal: planned end').fill(day(-1));
  await editor.getByLabel('Beta: planned start').fill(day(0));
  await editor.getByLabel('Beta: planned end').fill(day(-20));
  // A phase that ends before it starts: said on the field, and nothing saves.
  await expect(phases.nth(1)).toContainText(`ends ${day(-20)} is before starts ${day(0)}`);
  await expect(editor.getByRole('button', { name: 'Save plan' })).toBeDisabled();
  await editor.getByLabel('Beta: planned end').fill(day(7));
  await editor.getByLabel('GA: planned start').fill(day(8));

  // Exposure: the flag is on for nobody in Internal, for 10% in Beta; GA keeps the phase's 100%.
  await pick(editor, 'Internal: exposure of flag-00000 in production', 'On');
  await pick(editor, 'Beta: exposure of flag-00000 in production', 'On');
  await editor.getByLabel('Beta: exposure of flag-00000 in production: percent of users').fill('10');

  // Criteria: one ticked by hand to leave Internal, one to enter Beta, and a measured one to leave Beta.
  await phases.nth(0).getByRole('button', { name: 'Add exit criterion' }).click();
  await editor.getByLabel('Internal exit 1: text').fill('Support briefed');
  await phases.nth(1).getByRole('button', { name: 'Add entry criterion' }).click();
  await editor.getByLabel('Beta entry 1: text').fill('Internal feedback reviewed');
  await phases.nth(1).getByRole('button', { name: 'Add exit criterion' }).click();
  await editor.getByLabel('Beta exit 1: text').fill('Error rate stays low');
  await pick(editor, 'Beta exit 1: judged', 'Measured');
  await editor.getByLabel('Beta exit 1: metric').fill('error_rate');
  await editor.getByLabel('Beta exit 1: threshold').fill('0.5');
  await editor.getByLabel('Beta exit 1: window in days').fill('3');
  await expect(editor.getByTestId('plan-problems')).toHaveCount(0);
  await shoot(page, 'phase-editor-form');
  await shoot(page, 'phase-editor-criteria', { focus: phases.nth(1).getByRole('button', { name: 'Add exit criterion' }) });

  await editor.getByRole('button', { name: 'Save plan' }).click();
  await expect(editor).toHaveCount(0);
  const cards = page.getByTestId('phase-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(1)).toContainText('Internal feedback reviewed');
  await expect(cards.nth(1)).toContainText('error_rate < 0.5 over 3 days');

  // Tick Internal's exit and Beta's entry on the cards, start Internal and advance to Beta.
  for (const [card, text] of [
    [cards.nth(0), 'Support briefed'],
    [cards.nth(1), 'Internal feedback reviewed'],
  ] as const) {
    await card.getByRole('checkbox', { name: text }).check();
    await expect(card.getByText(/^Ticked by /)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Start first phase' }).click();
  const start = page.getByRole('dialog', { name: 'Advance to the next phase' });
  await start.getByRole('button', { name: 'Start “Internal”' }).click();
  await expect(cards.nth(0)).toContainText('Active');
  await page.getByRole('button', { name: 'Advance phase' }).click();
  const advance = page.getByRole('dialog', { name: 'Advance to the next phase' });
  await expect(advance.getByTestId('move-diff')).toContainText('10%');
  await advance.getByRole('button', { name: 'Start “Beta”' }).click();
  await expect(cards.nth(1)).toContainText('Active');

  // The save is in the audit log as an edit, with what changed.
  await page.goto('/#/audit');
  await expect(page.getByTestId('audit-table')).toContainText(/Edited release checkout-redesign \(\d+ changes\): phases/);
});

test('the YAML editor puts a broken line on its line, and the problem list goes there', async ({ page }) => {
  await page.goto('/#/releases/new-checkout');
  const dialog = await openPlanEditor(page);
  const text = await planFile(page, 'new-checkout');
  const editor = await openYAML(dialog);
  await expect(editor).toContainText('release: new-checkout');

  // A broken line at the end, far below where the phases list starts.
  const broken = text.split('\n').length; // the file ends with a line break: the cursor lands on this line
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('rollout_notes: yes: no');
  const problem = dialog.getByRole('button', { name: `Go to line ${broken}: not valid YAML: mapping values are not allowed in this context` });
  await expect(problem).toBeVisible();
  await expect(dialog.locator('.cm-line', { hasText: 'rollout_notes: yes: no' }).locator('.cm-lintRange-error')).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: 'Save plan' })).toBeDisabled();
  await shoot(page, 'phase-editor-yaml');

  // Clicking the problem takes the cursor to its line.
  await page.keyboard.press('Control+Home');
  await expect(dialog.locator('.cm-activeLine')).toContainText('release: new-checkout');
  await problem.click();
  await expect(dialog.locator('.cm-activeLine')).toContainText('rollout_notes: yes: no');

  // With problems the form cannot read the file: it stays on YAML and says why.
  await dialog.getByRole('tab', { name: 'Form' }).click();
  await expect(dialog.getByTestId('switch-error')).toContainText('The plan file has 1 problem (listed below): fix it to go back to the form.');
  await expect(dialog.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true');

  // Enter keeps the indentation of a list item.
  await dialog.locator('.cm-line', { hasText: 'rollout_notes: yes: no' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('notes:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- one');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- two');
  await expect(dialog.locator('.cm-line', { hasText: '- two' })).toHaveText('  - two');

  // Esc after edits asks first; Esc on the question keeps editing.
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard your changes to the plan?' });
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toHaveCount(0);
});

test('the new release dialog asks before Esc loses what was typed', async ({ page }) => {
  await page.goto('/#/releases');
  await page.getByRole('button', { name: 'New release' }).click();
  const create = page.getByRole('dialog', { name: 'New release' });
  await create.getByLabel('Name').fill('Half typed');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard the new release?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(create.getByLabel('Name')).toHaveValue('Half typed');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(create).toHaveCount(0);
});
