import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openWorkbench, test } from './helpers/page';
import { presentWordSizes, waitForPresentFit } from './helpers/present';
import { toolbarButton } from './helpers/workbench';

/*
 * A fitted view frames the edge words as well as the cards: a word placed above or below its column
 * (where no card covers it) was cut by the view's edge, because fitting looked at the cards alone.
 */

// The calibration maps live beside the repository (../shared/calibration), never copied into it.
const CALIBRATION = ['cal-4-district-lms.json', 'cal-5-saas-idp.json'].map((name) =>
  join(process.cwd(), '..', 'shared', 'calibration', name),
);
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
];

/** The edge words shown in a canvas that are not wholly inside it, with how far they stick out (px). */
function wordsCut(page: Page, canvas: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const pane = root.querySelector('.react-flow')!.getBoundingClientRect();
    const cut: string[] = [];
    for (const word of root.querySelectorAll<HTMLElement>('.edge-label')) {
      if (word.getClientRects().length === 0 || getComputedStyle(word).visibility !== 'visible') continue;
      const r = word.getBoundingClientRect();
      const out = Math.max(
        pane.left - r.left,
        pane.top - r.top,
        r.right - pane.right,
        r.bottom - pane.bottom,
      );
      if (out > 0.5)
        cut.push(`"${word.textContent ?? ''}" (${word.dataset.edgeId ?? ''}) by ${out.toFixed(1)} px`);
    }
    return cut;
  }, canvas);
}

/** Whether the shared screen's smallest card word is at the floor the room can still read (18 px at 1920, 14 at 1280). */
const atReadableFloor = async (page: Page, floor: number) =>
  Math.min(...(await presentWordSizes(page)).map((word) => word.px)) <= floor + 0.05;

const shownWords = (page: Page, canvas: string) =>
  page
    .locator(`${canvas} .edge-label`)
    .evaluateAll((words) => words.filter((w) => w.getClientRects().length > 0).length);

async function openFile(page: Page, path: string) {
  await page.getByLabel('Open a decision map file').setInputFiles({
    name: path.split('/').pop()!,
    mimeType: 'application/json',
    buffer: readFileSync(path),
  });
  await expect(page.locator('.canvas .react-flow__node').first()).toBeVisible();
}

for (const map of ['sample', ...CALIBRATION]) {
  const name = map === 'sample' ? 'the sample map' : map.split('/').pop()!;
  test(`on ${name}, the fitted view shows every edge word whole`, async ({ page }) => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await openWorkbench(page);
      if (map !== 'sample') await openFile(page, map);
      await page.waitForTimeout(900);
      expect(await shownWords(page, '.canvas__flow'), 'edge words are shown').toBeGreaterThan(0);
      expect(await wordsCut(page, '.canvas__flow'), `opened at ${size.width}×${size.height}`).toEqual([]);

      // "Fit to screen" (0) frames the words too, after the view was moved away.
      await page.locator('.canvas__flow .react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.mouse.wheel(0, -600);
      await page.keyboard.press('0');
      await page.waitForTimeout(700);
      expect(await wordsCut(page, '.canvas__flow'), `fitted at ${size.width}×${size.height}`).toEqual([]);

      // The shared screen shows edge words in a spotlight: each spotlight frames its words.
      await toolbarButton(page, 'Present on the shared screen').click();
      await waitForPresentFit(page);
      for (let step = 1; step <= 3; step++) {
        await page.keyboard.press('ArrowRight');
        await waitForPresentFit(page);
        // Legibility comes first: a large spotlight can be larger than the screen at the smallest
        // readable zoom, and then its outer words (and cards) are cut, never shrunk below the floor.
        const floor = size.width >= 1920 ? 18 : 14;
        const words = await presentWordSizes(page);
        expect(words.filter((word) => word.px < floor - 0.05)).toEqual([]);
        if (await atReadableFloor(page, floor)) continue;
        expect(
          await wordsCut(page, '.present-canvas'),
          `spotlight ${step} at ${size.width}×${size.height}`,
        ).toEqual([]);
      }
      await page.keyboard.press('Escape');
    }
  });
}
