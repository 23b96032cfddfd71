import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openWorkbench, test } from './helpers/page';
import { waitForPresentFit } from './helpers/present';
import { toolbarButton } from './helpers/workbench';

/* No drawn edge line runs through a card other than its own two (issue item 5: lines route around cards). */

/**
 * Every drawn edge line that runs through a card it does not join, on the canvas `selector`: points every
 * 4 px along each `path.react-flow__edge-path` (on screen), tested against every card's box shrunk by
 * 2 px. A line's own cards are the ones nearest its two ends.
 */
function linesThroughCards(page: Page, selector: string): Promise<{ lines: number; through: string[] }> {
  return page.evaluate((canvas) => {
    const root = document.querySelector(canvas)!;
    const cards = [...root.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((e) => e.getClientRects().length > 0 && !e.classList.contains('react-flow__node-columnHeading'))
      .map((e) => ({ id: e.dataset.id ?? '', box: e.getBoundingClientRect() }));
    const distance = (p: DOMPoint, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const nearest = (p: DOMPoint) =>
      cards.reduce((best, c) => (distance(p, c.box) < distance(p, best.box) ? c : best), cards[0]!).id;
    const through: string[] = [];
    const paths = [...root.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')];
    for (const path of paths) {
      const matrix = path.getScreenCTM();
      if (!matrix) continue;
      const onScreen = (at: number) => path.getPointAtLength(at).matrixTransform(matrix);
      const length = path.getTotalLength();
      const ends = new Set([nearest(onScreen(0)), nearest(onScreen(length))]);
      const zoom = Math.hypot(matrix.a, matrix.b);
      const hit = new Set<string>();
      for (let at = 0; at <= length; at += 4 / zoom) {
        const p = onScreen(at);
        for (const c of cards) {
          if (ends.has(c.id)) continue;
          const b = c.box;
          if (p.x > b.left + 2 && p.x < b.right - 2 && p.y > b.top + 2 && p.y < b.bottom - 2) hit.add(c.id);
        }
      }
      const id = path.closest('.react-flow__edge')?.getAttribute('data-id') ?? '?';
      for (const card of hit) through.push(`${id} through ${card}`);
    }
    return { lines: paths.length, through };
  }, selector);
}

/** The page's first input fetches the router; lines are routed once it has arrived. */
async function routed(page: Page) {
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await page.waitForTimeout(900);
}

const CALIBRATION = join(process.cwd(), '..', 'shared', 'calibration', 'cal-5-saas-idp.json');
const hasCalibration = () => {
  try {
    readFileSync(CALIBRATION);
    return true;
  } catch {
    return false;
  }
};

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
] as const;

for (const map of ['the sample map', 'a calibration map'] as const)
  for (const size of SIZES) {
    test(`on ${map} at ${size.width}×${size.height}, no edge line runs through a card it does not join, on the workbench and the shared screen`, async ({
      page,
    }) => {
      test.skip(map === 'a calibration map' && !hasCalibration(), 'calibration maps are not on this machine');
      await page.setViewportSize(size);
      await openWorkbench(page);
      if (map === 'a calibration map') {
        await page.getByLabel('Open a decision map file').setInputFiles({
          name: 'cal-5-saas-idp.json',
          mimeType: 'application/json',
          buffer: readFileSync(CALIBRATION),
        });
        await expect(page.locator('.canvas .react-flow__node').first()).toBeVisible();
      }
      await routed(page);
      const workbench = await linesThroughCards(page, '.canvas__flow');
      expect(workbench.lines, 'edge lines drawn on the workbench').toBeGreaterThan(5);
      expect(workbench.through, 'workbench').toEqual([]);

      await toolbarButton(page, 'Present on the shared screen').click();
      await waitForPresentFit(page);
      await page.waitForTimeout(400);
      const present = await linesThroughCards(page, '.present-canvas');
      expect(present.lines, 'edge lines drawn on the shared screen').toBeGreaterThan(5);
      expect(present.through, 'shared screen').toEqual([]);
      for (let step = 1; step <= 3; step++) {
        await page.keyboard.press('ArrowRight');
        await waitForPresentFit(page);
        await page.waitForTimeout(300);
        expect((await linesThroughCards(page, '.present-canvas')).through, `spotlight ${step}`).toEqual([]);
      }
    });
  }
