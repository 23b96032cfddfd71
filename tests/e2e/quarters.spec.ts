import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, openWorkbench, test } from './helpers/page';
import { canvasNode, exportJson, notice, readScore, toolbarButton, waitForAutosave } from './helpers/workbench';

/* Issue "Quarters": next quarter from the sample, compare and explain, export the library, two tabs. */

const AUDIT = 'External auditor accepts the audit trail';
const PROCUREMENT = 'Procurement manager';
const period = (page: Page) => page.locator('.top-bar__period');
const inspector = (page: Page) => page.getByRole('tabpanel');

/** The signed points a contribution row starts with: "+24.1 …" → 24.1, "−3.0 …" → -3. */
const pointsOf = (text: string) => Number(text.replace('−', '-').match(/^[+-]?\d+(\.\d)?/)?.[0] ?? NaN);

/** Starts next quarter from the sample and changes a proof, a stance and the plan; returns the scores. */
async function nextQuarterWithChanges(page: Page): Promise<{ before: number; after: number }> {
  await openWorkbench(page);
  await expect(period(page)).toContainText('2026-Q3');
  const before = await readScore(page);
  await toolbarButton(page, 'Start next quarter').click();
  await expect(period(page)).toContainText('2026-Q4');
  await expect(notice(page)).toContainText('Started 2026-Q4 from 2026-Q3');

  await canvasNode(page, 'proof', AUDIT).click();
  await inspector(page).getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'verified' }).check();
  await canvasNode(page, 'approver', PROCUREMENT).click();
  await inspector(page).getByRole('radiogroup', { name: 'Stance' }).getByRole('radio', { name: 'supportive' }).check();
  await toolbarButton(page, 'Add plan item').click();
  await waitForAutosave(page);
  const after = await readScore(page);
  expect(after).toBeGreaterThan(before);
  return { before, after };
}

async function contributions(view: Locator): Promise<string[]> {
  return view.getByRole('list', { name: 'Contributions, largest first' }).getByRole('listitem').allTextContents();
}

test('next quarter from the sample, changed, then compared: the delta explained node by node', async ({ page }) => {
  const { before, after } = await nextQuarterWithChanges(page);
  await toolbarButton(page, 'Compare').click();
  const view = page.getByRole('dialog', { name: 'Compare two maps' });
  await expect(view.getByRole('combobox', { name: 'Before' })).toHaveValue('midmarket-finance-2026-q3');
  await expect(view.getByRole('group', { name: /^Obviousness/ })).toHaveAccessibleName(
    new RegExp(`^Obviousness ${before} in 2026-Q3, ${after} in 2026-Q4: \\+`),
  );
  await expect(view.getByText('Constraint in 2026-Q3')).toBeVisible();
  await expect(view.getByText('Constraint in 2026-Q4')).toBeVisible();

  const rows = await contributions(view);
  expect(rows.some((r) => r.includes(`${AUDIT}: missing → verified`))).toBe(true);
  expect(rows.some((r) => r.includes(`${PROCUREMENT}: stance neutral → supportive`))).toBe(true);
  const sum = rows.map(pointsOf).reduce((a, b) => a + b, 0);
  expect(Math.abs(sum - (after - before))).toBeLessThanOrEqual(0.05);

  const plan = view.getByRole('region', { name: 'Plan items' });
  await expect(plan.getByRole('listitem').filter({ hasText: 'New plan item' })).toContainText('New');
  await expect(plan.getByRole('listitem').filter({ hasText: 'New plan item' })).toContainText('only in 2026-Q4');

  await view.getByRole('button', { name: 'Back to the map' }).click();
  await expect(view).toBeHidden();
  await expect(period(page)).toContainText('2026-Q4');
});

test('the history chart shows both quarters and opens last quarter’s map', async ({ page }) => {
  const { before } = await nextQuarterWithChanges(page);
  await toolbarButton(page, 'Market history').click();
  const view = page.getByRole('dialog', { name: 'History' });
  const chart = view.getByRole('group', { name: /^Obviousness by period/ });
  await expect(chart.getByRole('button')).toHaveCount(2);
  await chart.getByRole('button', { name: new RegExp(`^Open 2026-Q3: obviousness ${before},`) }).click();
  await expect(view).toBeHidden();
  await expect(period(page)).toContainText('2026-Q3');
  expect(await readScore(page)).toBe(before);
});

test('export the library, open it in a fresh browser profile: every map intact', async ({ page, browser, guard }) => {
  await nextQuarterWithChanges(page);
  const thisQuarter = await exportJson(page);
  await toolbarButton(page, 'Library').click();
  const drawer = page.getByRole('dialog', { name: 'Library' });
  await expect(drawer.getByRole('listitem')).toHaveCount(2);
  const [file] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('button', { name: 'Export library' }).click()]);
  const workspace = await readFile(await file.path(), 'utf8');
  expect(JSON.parse(workspace)).toMatchObject({ format: 'obvious.workspace', version: 2 });
  const listed = await drawer.getByRole('listitem').allTextContents();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await guard.watch(other);
  await openWorkbench(other);
  await other.getByLabel('Open a decision map file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(workspace),
  });
  // The fresh profile's sample is the very map last quarter is: nothing to ask; the workspace opens on its latest map.
  await expect(other.getByRole('dialog', { name: /already in your library/ })).toHaveCount(0);
  await expect(period(other)).toContainText('2026-Q4');
  expect(await exportJson(other)).toBe(thisQuarter);
  await toolbarButton(other, 'Library').click();
  // allTextContents does not wait: wait for the drawer (it loads lazily) to list every map first.
  const otherList = other.getByRole('dialog', { name: 'Library' }).getByRole('listitem');
  await expect(otherList).toHaveCount(listed.length);
  expect(await otherList.allTextContents()).toEqual(listed);
  await fresh.close();
});

test('two tabs on one map: the tab with nothing unsaved follows the other tab’s change', async ({ page, context, guard }) => {
  await openWorkbench(page);
  const second = await context.newPage();
  await guard.watch(second);
  await openWorkbench(second);

  await canvasNode(page, 'approver', PROCUREMENT).click();
  await inspector(page).getByRole('radiogroup', { name: 'Stance' }).getByRole('radio', { name: 'champion' }).check();
  await waitForAutosave(page);
  const changed = await readScore(page);

  await expect(notice(second)).toContainText('was changed in another tab: showing the latest version');
  await expect.poll(() => readScore(second)).toBe(changed);
  expect(await exportJson(second)).toBe(await exportJson(page));
});
