import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openWorkbench, test } from './helpers/page';
import { nodesOfKind, planItemsOnCanvas, toolbarButton } from './helpers/workbench';

/* The facilitator's hands on the shared screen (issue 16): new cards in view, Layout fitted. */

/** Whether a card lies wholly inside the canvas, as the room sees it. */
async function inView(page: Page, card: Locator): Promise<boolean> {
  const pane = await page.locator('.canvas .react-flow').first().boundingBox();
  const box = await card.boundingBox();
  if (!pane || !box) return false;
  return (
    box.x >= pane.x - 1 &&
    box.y >= pane.y - 1 &&
    box.x + box.width <= pane.x + pane.width + 1 &&
    box.y + box.height <= pane.y + pane.height + 1
  );
}

const settle = (page: Page) => page.waitForTimeout(700); // the view animates for 300–400 ms

test('new nodes land apart in their column and in view; a new plan item is in view; Layout ends fitted', async ({
  page,
}) => {
  await openWorkbench(page);
  const approvers = nodesOfKind(page, 'approver');
  const before = await approvers.count();
  await toolbarButton(page, 'Add approver').click();
  await toolbarButton(page, 'Add approver').click();
  await expect(approvers).toHaveCount(before + 2);
  await settle(page);
  const first = approvers.nth(before);
  const second = approvers.nth(before + 1);
  const a = (await first.boundingBox())!;
  const b = (await second.boundingBox())!;
  // Not on top of each other: the second starts below the first one's bottom edge.
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
  expect(await inView(page, second)).toBe(true);

  await toolbarButton(page, 'Add plan item').click();
  const plan = planItemsOnCanvas(page);
  await settle(page);
  expect(await inView(page, plan.last())).toBe(true);

  await toolbarButton(page, 'Auto-layout').click();
  await settle(page);
  await page.waitForTimeout(500);
  const cards = page.locator('.canvas .react-flow__node');
  const count = await cards.count();
  const outside: string[] = [];
  for (let i = 0; i < count; i++) {
    if (!(await inView(page, cards.nth(i)))) outside.push((await cards.nth(i).getAttribute('data-id')) ?? '');
  }
  expect(outside).toEqual([]);
});

test('React Flow’s credit passes colour contrast on the workbench and on the shared screen, at both sizes', async ({
  page,
}) => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await openWorkbench(page);
    await expect(page.locator('.react-flow__attribution a').first()).toBeVisible();
    const workbench = await new AxeBuilder({ page })
      .include('.react-flow__attribution')
      .withRules(['color-contrast'])
      .analyze();
    // Not only no violation: axe must be able to tell (React Flow's translucent credit over the dotted
    // pane left it "incomplete", and it is 2.8:1 grey where the pane is plain).
    expect(workbench.violations, `workbench at ${size.width}×${size.height}`).toEqual([]);
    expect(workbench.incomplete, `workbench at ${size.width}×${size.height}`).toEqual([]);
    expect(workbench.passes.length).toBeGreaterThan(0);
    await toolbarButton(page, 'Present on the shared screen').click();
    await expect(page.locator('.present-canvas .react-flow__attribution a')).toBeVisible();
    const present = await new AxeBuilder({ page })
      .include('.present-canvas .react-flow__attribution')
      .withRules(['color-contrast'])
      .analyze();
    expect(present.violations, `present at ${size.width}×${size.height}`).toEqual([]);
    expect(present.incomplete, `present at ${size.width}×${size.height}`).toEqual([]);
    await page.keyboard.press('Escape');
  }
});
