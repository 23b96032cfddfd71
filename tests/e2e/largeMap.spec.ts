import { generateMap } from '../../bench/generateMap';
import { serializeMapFile } from '../../src/domain/format/serialize';
import { jsonFile } from './helpers/mapFiles';
import { expect, openWorkbench, test } from './helpers/page';
import { openThroughFileInput } from './helpers/workbench';

/* Issue "Fast at any size": a large map far out and up close, in a real Chromium. */

const MAP = { ...generateMap(300, 4242), id: 'large-map-e2e', title: 'Portfolio of 300 nodes' };
const CARDS = MAP.nodes.length;
const PLAN_LINKS = MAP.plan.reduce((sum, item) => sum + item.addresses.length, 0);

test('a large map opens far out: cards are shapes, edges one drawing; zooming in brings everything back', async ({
  page,
}) => {
  await openWorkbench(page);
  await openThroughFileInput(page, jsonFile(serializeMapFile(MAP, '2026-11-25T00:00:00.000Z')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MAP.title);

  // Far out: every decision card is a shape with no text, and React Flow draws no edge of its own.
  await expect(page.locator('.card--far')).toHaveCount(CARDS);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  const curves = await page
    .locator('.far-edges path')
    .evaluateAll((paths) =>
      paths.reduce((sum, p) => sum + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0),
    );
  expect(curves).toBe(MAP.edges.length + PLAN_LINKS);
  // Each card still says what it is to a screen reader.
  const first = MAP.nodes[0]!;
  await expect(page.locator(`.react-flow__node[data-id="${first.id}"]`)).toHaveAttribute(
    'aria-label',
    new RegExp(first.label),
  );

  // The overview: pressing on it moves the canvas there.
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const overview = page.getByRole('img', { name: 'Overview of the map' });
  const box = await overview.boundingBox();
  if (!box) throw new Error('no overview');
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.25);
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);

  // Up close: cards with their text, and React Flow's own edges (labelled, selectable) again.
  const zoomIn = page.getByRole('button', { name: /zoom in/i });
  for (let i = 0; i < 8; i++) await zoomIn.click();
  await expect(page.locator('.card--far')).toHaveCount(0);
  await expect(page.locator('.far-edges')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
  await expect(page.locator('.card__label').first()).toBeVisible();
});
