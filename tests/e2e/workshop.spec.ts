import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, openWorkbench, test } from './helpers/page';
import { canvasNode, readScore, scoreValue, toolbarButton } from './helpers/workbench';
import { presentCardsOutOfSight, presentWordSizes, waitForPresentFit } from './helpers/present';

/* Workshop mode: present, spotlight, walkthrough, what-if, the brief, templates, palette, help — and axe on every screen. */

/** axe-core on the page as it is: no serious or critical violation (moderate and minor ones are reported, not fatal). */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const listed = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(listed, `axe on ${screen}`).toEqual([]);
}

const presentation = (page: Page) => page.getByRole('main', { name: 'Presentation' });
const walkthrough = (page: Page) => page.getByRole('main', { name: 'Walk through the decision' });
const brief = (page: Page) => page.getByRole('main', { name: 'Decision brief' });
const question = (page: Page) => walkthrough(page).getByRole('heading', { level: 2 });

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test('the workbench itself has no serious accessibility problem', async ({ page }) => {
  await openWorkbench(page);
  await expectAccessible(page, 'the workbench');
});

test('present: full screen for the room, large score, readable labels, spotlight by arrow keys, edit without leaving', async ({
  page,
}) => {
  await openWorkbench(page);
  const score = await readScore(page);
  await toolbarButton(page, 'Present on the shared screen').click();
  const screen = presentation(page);
  await expect(screen).toBeVisible();
  // The editing chrome is gone from sight and from the keyboard.
  await expect(page.locator('.app')).toHaveAttribute('inert', '');
  await expect(screen.getByTestId('present-score')).toHaveText(String(score));
  await expect(screen.getByRole('group', { name: /^Constraint: Proof: External auditor/ })).toBeVisible();

  // Back-row sizes: the score at least 48 px; every word a card shows at least 18 px on screen at fit,
  // every card in view, no label cut.
  const scorePx = await screen
    .getByTestId('present-score')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(scorePx).toBeGreaterThanOrEqual(48);
  await waitForPresentFit(page);
  const words = await presentWordSizes(page);
  expect(words.length).toBeGreaterThan(60);
  expect(words.filter((w) => w.px < 18)).toEqual([]);
  expect(await presentCardsOutOfSight(page)).toEqual([]);
  await expectAccessible(page, 'present');

  // Spotlight: the arrow keys step through the approvers, veto holders first, the least ready first.
  await screen.getByRole('button', { name: /Spotlight approvers one by one/ }).click();
  const details = screen.getByRole('complementary', { name: 'Details' });
  await expect(details.getByText('Spotlight 1 of 7')).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('CFO Veto');
  const order = ['CFO Veto'];
  for (let step = 2; step <= 7; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(details.getByText(`Spotlight ${step} of 7`)).toBeVisible();
    order.push((await details.getByRole('heading', { level: 2 }).textContent()) ?? '');
  }
  expect(order).toEqual([
    'CFO Veto',
    'Head of IT security Veto',
    'Legal counsel Veto',
    'Controller',
    'Accounts payable team lead',
    'Procurement manager',
    'CEO',
  ]);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('CFO Veto');
  await expect(page.locator('.present-canvas .react-flow__node.is-dimmed').first()).toBeVisible();
  await expectAccessible(page, 'present with the spotlight');

  // The room changes what the CFO needs, on the spot; the score moves and stays in view.
  await details
    .getByRole('radiogroup', { name: 'External auditor accepts the audit trail' })
    .getByRole('radio', { name: 'verified' })
    .check();
  await expect(screen.getByTestId('present-score')).not.toHaveText(String(score));
  const moved = Number(await screen.getByTestId('present-score').textContent());
  expect(moved).toBeGreaterThan(score);

  await page.keyboard.press('Escape');
  await expect(screen).toBeHidden();
  await expect(scoreValue(page)).toHaveText(String(moved));
  await expect(page.locator('.app')).not.toHaveAttribute('inert', '');
});

test('present at 1280×800: the whole map in view, every word a card shows at least 14 px, the buttons whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWorkbench(page);
  await toolbarButton(page, 'Present on the shared screen').click();
  const screen = presentation(page);
  await expect(screen).toBeVisible();
  await waitForPresentFit(page);
  const words = await presentWordSizes(page);
  expect(words.length).toBeGreaterThan(60);
  expect(words.filter((w) => w.px < 14)).toEqual([]);
  expect(await presentCardsOutOfSight(page)).toEqual([]);
  for (const name of [/Spotlight approvers one by one/, /Leave the presentation/]) {
    const box = await screen.getByRole('button', { name }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
  }
});

test('walkthrough: the room answers question by question from the keyboard, and it ends on what is open', async ({
  page,
}) => {
  await openWorkbench(page);
  await page.keyboard.press('w');
  await expect(question(page)).toHaveText('Who must approve it?');
  await expectAccessible(page, 'the walkthrough');
  await page.keyboard.type('Chief information security officer');
  await page.keyboard.press('Enter');
  await expect(
    walkthrough(page).getByRole('radiogroup', { name: 'Stance of Chief information security officer' }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveText('What proof must exist for CFO?');
  await page.keyboard.type('Board-approved budget line');
  await page.keyboard.press('Enter');
  const added = walkthrough(page).getByRole('radiogroup', { name: 'Board-approved budget line' });
  await added.getByRole('radio', { name: 'claimed' }).check();
  await expectAccessible(page, 'a walkthrough question with an answer');
  await walkthrough(page)
    .getByRole('button', { name: /What is still open/ })
    .click();
  await expect(question(page)).toHaveText('What is still open');
  await expect(walkthrough(page).getByRole('region', { name: 'The constraint' })).toContainText(
    'External auditor accepts the audit trail',
  );
  await expect(
    walkthrough(page).getByRole('region', { name: /Plan items that are internal logic \(3\)/ }),
  ).toBeVisible();
  await expectAccessible(page, 'the end of the walkthrough');
  await page.keyboard.press('Escape');
  await expect(walkthrough(page)).toBeHidden();
  await expect(canvasNode(page, 'approver', 'Chief information security officer')).toBeVisible();
  await expect(canvasNode(page, 'proof', 'Board-approved budget line')).toBeVisible();
});

test('what-if: a state tried is marked hypothetical, moves only the what-if score, and is kept or thrown away in one action', async ({
  page,
}) => {
  await openWorkbench(page);
  const score = await readScore(page);
  await canvasNode(page, 'proof', 'External auditor accepts the audit trail').click();
  await page.keyboard.press('t');
  const panel = page.getByRole('region', { name: 'What if…' });
  await expect(panel.getByText('Hypothetical', { exact: true })).toBeVisible();
  await expect(panel.getByRole('status')).toContainText(`Today ${score}`);
  await expect(panel.getByRole('status')).toContainText('points');
  await expect(scoreValue(page)).toHaveText(String(score)); // the map is untouched
  await expectAccessible(page, 'the what-if');

  await panel.getByRole('button', { name: 'Throw away' }).click();
  await expect(panel).toBeHidden();
  await expect(scoreValue(page)).toHaveText(String(score));

  await page.keyboard.press('t');
  await panel
    .getByRole('button', { name: /^What if .* were (verified|reduced|removed|a champion)\?/ })
    .first()
    .click();
  const hypothetical = (await panel.locator('.whatif__hypothetical').textContent()) ?? '';
  await panel.getByRole('button', { name: 'Keep these changes' }).click();
  await expect(panel).toBeHidden();
  await expect(scoreValue(page)).toHaveText(hypothetical);
  await page.keyboard.press('Control+z');
  await expect(scoreValue(page)).toHaveText(String(score));
});

test('the decision brief: one page with every section, exported as Markdown and SVG, printable', async ({
  page,
}) => {
  await openWorkbench(page);
  await toolbarButton(page, 'Decision brief').click();
  const page1 = brief(page);
  for (const section of [
    'Obviousness',
    'The constraint',
    'Top drivers',
    'Approvers',
    'Open questions',
    'The plan',
    'The map',
  ]) {
    await expect(page1.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page1.getByRole('img', { name: 'Decision map: Mid-market finance teams' })).toBeVisible();
  await expectAccessible(page, 'the brief');

  const [markdownDownload] = await Promise.all([
    page.waitForEvent('download'),
    page1.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(markdownDownload.suggestedFilename()).toBe('mid-market-finance-teams-2026-q3-brief.md');
  const markdown = await downloaded(markdownDownload);
  expect(markdown).toMatch(/^# Decision brief: Mid-market finance teams\n/);
  expect(markdown).toContain('Even if every plan item succeeds, the decision is');
  // One file: the map's picture is inside it.
  expect(markdown).toMatch(
    /!\[Decision map: Mid-market finance teams\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/,
  );

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page1.getByRole('button', { name: 'Download map image (SVG)' }).click(),
  ]);
  const svg = await downloaded(svgDownload);
  expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  expect(svg).toContain('External auditor');
  expect(svg).not.toMatch(/<script|<foreignObject|on\w+=/i);

  // Print: only the brief goes to paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app')).toBeHidden();
  await expect(page1.getByRole('toolbar', { name: 'Brief' })).toBeHidden();
  await expect(page1.getByRole('heading', { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(page1).toBeHidden();
});

test('a label that looks like markup stays text in the brief and its Markdown', async ({ page }) => {
  await openWorkbench(page);
  await canvasNode(page, 'proof', 'External auditor accepts the audit trail').click();
  const label = page.getByRole('tabpanel').getByRole('textbox', { name: 'Label' });
  await label.fill('[x](javascript:alert(1)) <img src=x onerror=window.__pwned=1>');
  await label.press('Enter');
  await toolbarButton(page, 'Decision brief').click();
  await expect(
    brief(page).getByText('[x](javascript:alert(1)) <img src=x onerror=window.__pwned=1>').first(),
  ).toBeVisible();
  expect(await brief(page).locator('img').count()).toBe(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    brief(page).getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  const markdown = await downloaded(download);
  expect(markdown).toContain('\\[x\\](javascript:alert(1)) &lt;img src=x onerror=window.\\_\\_pwned=1&gt;');
  expect(markdown).not.toMatch(/[<>]/);
  expect(markdown).not.toMatch(/(^|[^\\])\]\(javascript/); // the bracket is escaped: no link
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('palette, help and templates: every command from the keyboard, and a new map from a common buying decision', async ({
  page,
}) => {
  await openWorkbench(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox', { name: 'Search commands' })).toBeFocused();
  expect(await palette.getByRole('option').count()).toBeGreaterThanOrEqual(30);
  await expectAccessible(page, 'the command palette');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Present on the shared screen/ })).toContainText('F5');
  await expectAccessible(page, 'the help overlay');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('template');
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'New map from a template' });
  await expect(picker.getByRole('button')).toHaveCount(6); // five templates and Cancel
  await expectAccessible(page, 'the template picker');
  await picker.getByRole('button', { name: /^Enterprise software with a security review/ }).click();
  await expect(page.locator('.top-bar__title')).toHaveText('Enterprise platform purchase');
  await expect(canvasNode(page, 'approver', 'CISO (security review)')).toBeVisible();
  await expect(canvasNode(page, 'friction', 'Waiting in the security review queue')).toBeVisible();
  expect(await readScore(page)).toBeLessThanOrEqual(5);
});

test('compare, built by the quarters work, passes the same accessibility check', async ({ page }) => {
  await openWorkbench(page);
  await toolbarButton(page, 'Compare').click();
  await expect(page.getByRole('dialog', { name: 'Compare two maps' })).toBeVisible();
  await expectAccessible(page, 'compare');
});
