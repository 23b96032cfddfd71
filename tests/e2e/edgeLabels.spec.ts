import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openWorkbench, test } from './helpers/page';
import { waitForPresentFit } from './helpers/present';
import { toolbarButton } from './helpers/workbench';

/* Edge words never sit under a card nor on one another (issue item 5). */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Seen {
  labels: { edge: string; text: string; box: Box }[];
  cards: { id: string; box: Box }[];
}

/** Every shown edge word and every card on the canvas, as boxes on the screen. */
function seen(page: Page, canvas: string): Promise<Seen> {
  return page.evaluate((selector) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const root = document.querySelector(selector)!;
    const labels = [...root.querySelectorAll<HTMLElement>('.edge-label')]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible')
      .map((e) => ({ edge: e.dataset.edgeId ?? '', text: e.textContent ?? '', box: box(e) }));
    const cards = [...root.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ id: e.dataset.id ?? '', box: box(e) }));
    return { labels, cards };
  }, canvas);
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function collisions({ labels, cards }: Seen): string[] {
  const found: string[] = [];
  for (const label of labels) {
    for (const card of cards)
      if (overlap(label.box, card.box)) found.push(`"${label.text}" (${label.edge}) under card ${card.id}`);
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlap(labels[i]!.box, labels[j]!.box))
        found.push(`"${labels[i]!.text}" (${labels[i]!.edge}) on "${labels[j]!.text}" (${labels[j]!.edge})`);
  return found;
}

// The calibration maps live beside the repository (../shared/calibration), never copied into it.
const CALIBRATION = join(process.cwd(), '..', 'shared', 'calibration', 'cal-5-saas-idp.json');
/** The densest calibration map: four columns of up to nine cards, lines across and back. */
const DENSE_CALIBRATION = join(process.cwd(), '..', 'shared', 'calibration', 'cal-4-district-lms.json');
/** How many approvers each test spotlights in turn. */
const SPOTLIT_APPROVERS = 4;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
];

async function openCalibrationMap(page: Page, file = CALIBRATION) {
  await page.getByLabel('Open a decision map file').setInputFiles({
    name: file.split(/[\\/]/).pop()!,
    mimeType: 'application/json',
    buffer: readFileSync(file),
  });
  await expect(page.locator('.canvas .react-flow__node').first()).toBeVisible();
  await page.waitForTimeout(800);
}

for (const map of ['the sample map', 'a calibration map'] as const) {
  test(`on ${map}, no edge word covers a card or another word, on the workbench and on the shared screen`, async ({
    page,
  }) => {
    test.skip(
      map === 'a calibration map' && !existsCalibration(),
      'calibration maps are not on this machine',
    );
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await openWorkbench(page);
      if (map === 'a calibration map') await openCalibrationMap(page);
      await page.waitForTimeout(900);
      const workbench = await seen(page, '.canvas__flow');
      expect(workbench.labels.length, `edge words shown at ${size.width}×${size.height}`).toBeGreaterThan(0);
      expect(collisions(workbench), `workbench at ${size.width}×${size.height}`).toEqual([]);

      // The shared screen shows edge words in a spotlight only: go through the approvers one by one.
      await toolbarButton(page, 'Present on the shared screen').click();
      await waitForPresentFit(page);
      let shown = 0;
      for (let step = 1; step <= SPOTLIT_APPROVERS; step++) {
        await page.keyboard.press('ArrowRight');
        await waitForPresentFit(page);
        const present = await seen(page, '.present-canvas');
        shown += present.labels.length;
        expect(collisions(present), `spotlight ${step} at ${size.width}×${size.height}`).toEqual([]);
      }
      expect(shown, `edge words on the shared screen at ${size.width}×${size.height}`).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
    }
  });
}

/**
 * The lines that pass through a card other than their own two, sampling each drawn path every 4 px. A
 * line's own cards are the ones its two ends touch (its handles sit just off their sides).
 */
function linesThroughCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('.canvas__flow .react-flow__node')].map((e) => ({
      id: e.dataset.id ?? '',
      r: e.getBoundingClientRect(),
    }));
    const near = (p: DOMPoint, r: DOMRect, by: number) =>
      p.x > r.left - by && p.x < r.right + by && p.y > r.top - by && p.y < r.bottom + by;
    const found = new Set<string>();
    for (const edge of document.querySelectorAll<SVGGElement>('.canvas__flow .react-flow__edge')) {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const toScreen = path?.getScreenCTM();
      if (!path || !toScreen) continue;
      const length = path.getTotalLength();
      const at = (l: number) => {
        const p = path.getPointAtLength(l);
        return new DOMPoint(p.x, p.y).matrixTransform(toScreen);
      };
      const ends = cards.filter((c) => near(at(0), c.r, 10) || near(at(length), c.r, 10)).map((c) => c.id);
      for (let l = 0; l <= length; l += 4) {
        const p = at(l);
        const through = cards.find((c) => !ends.includes(c.id) && near(p, c.r, -1));
        if (through)
          found.add(`${edge.dataset.id} through ${through.id} at (${Math.round(p.x)}, ${Math.round(p.y)})`);
      }
    }
    return [...found];
  });
}

for (const map of ['the sample map', 'two calibration maps'] as const) {
  test(`on ${map}, no line runs through a card other than its own two`, async ({ page }) => {
    test.skip(
      map === 'two calibration maps' && !existsCalibration(),
      'calibration maps are not on this machine',
    );
    const files = map === 'two calibration maps' ? [CALIBRATION, DENSE_CALIBRATION] : [null];
    for (const [size, file] of SIZES.flatMap((size) => files.map((file) => [size, file] as const))) {
      const where = `${file?.split(/[\\/]/).pop() ?? 'sample'} at ${size.width}×${size.height}`;
      await page.setViewportSize(size);
      await openWorkbench(page);
      if (file) await openCalibrationMap(page, file);
      await page.waitForTimeout(900);
      const drawn = await page.locator('.canvas__flow .react-flow__edge').count();
      expect(drawn, `lines drawn on ${where}`).toBeGreaterThan(10);
      expect(await linesThroughCards(page), `lines on ${where}`).toEqual([]);
      expect(collisions(await seen(page, '.canvas__flow')), `words on ${where}`).toEqual([]);
    }
  });
}

function existsCalibration(): boolean {
  try {
    readFileSync(CALIBRATION);
    return true;
  } catch {
    return false;
  }
}
