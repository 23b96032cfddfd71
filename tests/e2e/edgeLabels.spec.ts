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
/** How many approvers each test spotlights in turn. */
const SPOTLIT_APPROVERS = 4;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
];

async function openCalibrationMap(page: Page) {
  await page.getByLabel('Open a decision map file').setInputFiles({
    name: 'cal-5-saas-idp.json',
    mimeType: 'application/json',
    buffer: readFileSync(CALIBRATION),
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

function existsCalibration(): boolean {
  try {
    readFileSync(CALIBRATION);
    return true;
  } catch {
    return false;
  }
}
