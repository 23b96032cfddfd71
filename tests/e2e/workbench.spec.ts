import { readFileSync } from 'node:fs';
import type { DecisionMap } from '../../src/domain/records/map';
import { expect, openWorkbench, test, waitForWorkbench } from './helpers/page';
import { HOSTILE_FILES } from './helpers/hostileFiles';
import { jsonFile, mapFileText, workshopMap } from './helpers/mapFiles';
import { findSvgHazards } from './helpers/svgHazards';
import {
  canvasNode,
  centreOf,
  closeRefusedFileDialog,
  download,
  dragBetween,
  exportJson,
  nodesOfKind,
  notice,
  openTab,
  openThroughFileInput,
  planItemsOnCanvas,
  readScore,
  refusedFileDialog,
  scoreValue,
  toolbarButton,
  waitForAutosave,
} from './helpers/workbench';

/* Issue "The workbench": what a facilitator does in a workshop, in a real Chromium. */

const sample = (JSON.parse(readFileSync('public/sample-map.json', 'utf8')) as { map: DecisionMap }).map;
const labelOf = (id: string) => sample.nodes.find((n) => n.id === id)?.label ?? id;

test('first open shows the sample map, its score and its constraint', async ({ page }) => {
  await openWorkbench(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.title);
  await expect(scoreValue(page)).toHaveText(/^\d+(\.\d)?$/);
  expect(await readScore(page)).toBeGreaterThan(0);
  await expect(
    page.getByRole('group', {
      name: /^Obviousness \d+(\.\d)? out of 100(, up to \d+(\.\d)? once the open questions are answered)?$/,
    }),
  ).toBeVisible();
  await expect(page.getByText('Constraint', { exact: true })).toBeVisible();
  for (const kind of ['approver', 'proof', 'risk', 'friction'] as const) {
    await expect(nodesOfKind(page, kind)).toHaveCount(sample.nodes.filter((n) => n.kind === kind).length);
  }
  await expect(planItemsOnCanvas(page)).toHaveCount(sample.plan.length);
});

test('the sample map opens with no card over another (cards grew evidence and stall lines)', async ({
  page,
}) => {
  await openWorkbench(page);
  await expect(nodesOfKind(page, 'approver')).toHaveCount(
    sample.nodes.filter((n) => n.kind === 'approver').length,
  );
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((cards) =>
      cards.map((card) => ({
        id: card.getAttribute('data-id') ?? '',
        ...card.getBoundingClientRect().toJSON(),
      })),
    );
  const over: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) over.push(`${a.id} / ${b.id}`);
    }),
  );
  expect(over).toEqual([]);
});

test('adds each node kind from the toolbar and with its shortcut', async ({ page }) => {
  await openWorkbench(page);
  const kinds = [
    { kind: 'approver', button: 'Add approver', key: 'a', label: 'New approver' },
    { kind: 'proof', button: 'Add proof', key: 'p', label: 'New proof' },
    { kind: 'risk', button: 'Add risk', key: 'r', label: 'New risk' },
    { kind: 'friction', button: 'Add friction', key: 'f', label: 'New friction' },
  ] as const;
  for (const { kind, button, key, label } of kinds) {
    const before = await nodesOfKind(page, kind).count();
    await toolbarButton(page, button).click();
    await expect(nodesOfKind(page, kind)).toHaveCount(before + 1);
    await expect(canvasNode(page, kind, label)).toHaveCount(1);
    // The new node is selected: the inspector edits it.
    await expect(page.getByRole('tabpanel').getByLabel('Label')).toHaveValue(label);
    await page.keyboard.press(key);
    await expect(nodesOfKind(page, kind)).toHaveCount(before + 2);
  }
  const plan = await planItemsOnCanvas(page).count();
  await toolbarButton(page, 'Add plan item').click();
  await expect(planItemsOnCanvas(page)).toHaveCount(plan + 1);
  await page.keyboard.press('i');
  await expect(planItemsOnCanvas(page)).toHaveCount(plan + 2);
});

test('links two nodes by dragging handle to handle, and refuses a meaningless pairing', async ({ page }) => {
  await openWorkbench(page);
  const linked = new Set(sample.edges.map((e) => `${e.source}>${e.target}`));
  const approvers = sample.nodes.filter((n) => n.kind === 'approver');
  const proofs = sample.nodes.filter((n) => n.kind === 'proof');
  const pair = approvers
    .flatMap((a) => proofs.map((p) => [a, p] as const))
    .find(([a, p]) => !linked.has(`${a.id}>${p.id}`));
  if (!pair) throw new Error('the sample links every approver to every proof');
  const [approver, proof] = pair;
  const requiresLabels = page
    .locator('.react-flow__edgelabel-renderer')
    .getByText('requires', { exact: true });
  const labelsBefore = await requiresLabels.count();

  const from = canvasNode(page, 'approver', approver.label).locator('.react-flow__handle.source');
  const to = canvasNode(page, 'proof', proof.label).locator('.react-flow__handle.target');
  await dragBetween(page, await centreOf(from), await centreOf(to));
  await expect(
    page.getByRole('group', { name: `Approver ${approver.label} requires Proof ${proof.label}` }),
  ).toHaveCount(1);
  await expect(requiresLabels).toHaveCount(labelsBefore + 1);

  const [first, second] = proofs;
  if (!first || !second) throw new Error('the sample has fewer than two proofs');
  const edges = await page.locator('.react-flow__edge').count();
  await dragBetween(
    page,
    await centreOf(canvasNode(page, 'proof', first.label).locator('.react-flow__handle.source')),
    await centreOf(canvasNode(page, 'proof', second.label).locator('.react-flow__handle.target')),
  );
  await expect(notice(page)).toContainText('Two proofs cannot be linked');
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges);
});

test('a stance changed in the inspector moves the score; undo and redo by button and keyboard', async ({
  page,
}) => {
  await openWorkbench(page);
  const vetoApprover = sample.nodes.find((n) => n.kind === 'approver' && n.veto && n.stance !== 'opposed');
  if (!vetoApprover) throw new Error('the sample has no veto approver to oppose');
  const before = await readScore(page);

  await canvasNode(page, 'approver', vetoApprover.label).click();
  const inspector = page.getByRole('tabpanel');
  await inspector.getByRole('radiogroup', { name: 'Stance' }).getByRole('radio', { name: 'opposed' }).check();
  // A veto approver who is opposed caps the score low.
  await expect.poll(() => readScore(page)).toBeLessThanOrEqual(20);
  const opposed = await readScore(page);
  expect(opposed).toBeLessThan(before);

  await toolbarButton(page, 'Undo').click();
  await expect(scoreValue(page)).toHaveText(String(before));
  await toolbarButton(page, 'Redo').click();
  await expect(scoreValue(page)).toHaveText(String(opposed));

  // Shortcuts act on the workbench, not inside a field: start from the canvas.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(scoreValue(page)).toHaveText(String(before));
  await page.keyboard.press('Control+Shift+z');
  await expect(scoreValue(page)).toHaveText(String(opposed));
  await page.keyboard.press('Control+z');
  await expect(scoreValue(page)).toHaveText(String(before));
  await page.keyboard.press('Control+y');
  await expect(scoreValue(page)).toHaveText(String(opposed));
});

test('one drag is one undo step', async ({ page }) => {
  await openWorkbench(page);
  const undo = toolbarButton(page, 'Undo');
  await expect(undo).toBeDisabled();
  const before = await exportJson(page);
  const card = canvasNode(page, 'approver', labelOf('cfo'));
  const start = await card.boundingBox();
  if (!start) throw new Error('the CFO is not on screen');
  const grip = { x: start.x + start.width / 2, y: start.y + 12 };
  await dragBetween(page, grip, { x: grip.x - 180, y: grip.y + 90 });
  await expect.poll(async () => (await card.boundingBox())?.x).toBeLessThan(start.x - 100);
  expect(await exportJson(page)).not.toBe(before);

  // Many moves, one step: a single undo puts the map back exactly, and there is nothing left to undo.
  await undo.click();
  await expect(undo).toBeDisabled();
  expect(await exportJson(page)).toBe(before);
});

test('reload keeps the map (autosave)', async ({ page }) => {
  await openWorkbench(page);
  const mapPanel = await openTab(page, 'Map');
  const title = mapPanel.getByLabel('Title');
  await title.fill('Finance teams, after the workshop');
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finance teams, after the workshop');
  await page.keyboard.press('Escape');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('a');
  await waitForAutosave(page);
  const saved = await exportJson(page);

  await page.reload();
  await waitForWorkbench(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finance teams, after the workshop');
  expect(await exportJson(page)).toBe(saved);
});

test('opens a valid file through the file input', async ({ page }) => {
  await openWorkbench(page);
  await openThroughFileInput(page, jsonFile(mapFileText()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enterprise security buyers');
  await expect(notice(page)).toContainText(/opened “Enterprise security buyers”/i);
  await expect(nodesOfKind(page, 'approver')).toHaveCount(2);
  // Opened, then exported: the very bytes of the file (the page's clock shows the file's exportedAt).
  expect(await exportJson(page)).toBe(mapFileText(workshopMap()));
});

test('a broken file shows its problems in a dialog and leaves the map as it was', async ({ page }) => {
  await openWorkbench(page);
  const before = await exportJson(page);
  const severity = HOSTILE_FILES.find((f) => f.name === 'severity 7');
  if (!severity) throw new Error('no severity case');
  await openThroughFileInput(page, jsonFile(severity.bytes()));
  const dialog = refusedFileDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Problems' })).toHaveText(severity.says);
  await expect(dialog).toContainText('The map you had open is unchanged.');
  await closeRefusedFileDialog(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.title);
  expect(await exportJson(page)).toBe(before);
});

test('Export JSON, then open the export: the same bytes come back', async ({ page }) => {
  await openWorkbench(page);
  const exported = await download(page, 'Export JSON');
  expect(exported.name).toMatch(/\.obvious\.json$/);
  // Open another map, then the export: the export must bring back the exported map exactly.
  await openThroughFileInput(page, jsonFile(mapFileText()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enterprise security buyers');
  await openThroughFileInput(page, jsonFile(exported.bytes, exported.name));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.title);
  const again = await download(page, 'Export JSON');
  expect(again.bytes.equals(exported.bytes)).toBe(true);
});

test('PNG export is a real slide-sized PNG; SVG export is clean', async ({ page }) => {
  await openWorkbench(page);
  const png = await download(page, 'Export PNG');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(20_000);
  // IHDR: width and height, big-endian, right after the chunk header.
  expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);

  const svg = await download(page, 'Export SVG');
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain(labelOf('cfo'));
  expect(await page.evaluate(findSvgHazards, text)).toEqual([]);
});
