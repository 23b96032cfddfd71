import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { SeriesOptions } from './probes';

/** The two pages compared: the workbench (the app's production build) and bare React Flow. */
export type PageKind = 'workbench' | 'bare';

/** A generated map file, as both pages open it. */
export interface BenchFile {
  name: string;
  text: string;
  /** React Flow nodes it shows: decision nodes plus plan items. */
  expected: number;
  /** An unresolved decision node: both pages drag it, the workbench edits it. */
  dragId: string;
}

/** What the bench knows to open a page: the server, the probes script and the bare page's flow size. */
export interface PageSetup {
  browser: Browser;
  origin: string;
  probes: string;
  flowSize: { width: number; height: number } | null;
}

/** The shared-screen size of PRODUCT.md. */
export const VIEWPORT = { width: 1920, height: 1080 };
const TIMEOUT_MS = 60_000;

export interface OpenedPage {
  kind: PageKind;
  context: BrowserContext;
  page: Page;
}

/**
 * A page of `kind` in a fresh browser context (so every visit starts as a first visit: empty storage,
 * the workbench showing its sample), with the probes in place and the page ready for a file.
 */
export async function openPage(setup: PageSetup, kind: PageKind): Promise<OpenedPage> {
  const context = await setup.browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: setup.probes });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  if (kind === 'workbench') {
    await page.goto(`${setup.origin}/`);
    await page.locator('main[aria-busy="false"]').waitFor();
    await page.waitForFunction(() => window.obviousBench.drawnNodes() > 0);
  } else {
    const size = setup.flowSize ? `?width=${setup.flowSize.width}&height=${setup.flowSize.height}` : '';
    await page.goto(`${setup.origin}/bare/bare.html${size}`);
    await page.locator('.react-flow__pane').waitFor();
  }
  return { kind, context, page };
}

/** The size of the workbench's canvas, so the bare page can show its flow in the same area. */
export async function canvasSize(page: Page): Promise<{ width: number; height: number }> {
  const box = await page.locator('.react-flow').first().boundingBox();
  if (!box) throw new Error('the workbench shows no canvas');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** Opens `file` through the page's file input; milliseconds from the change event to its nodes painted. */
export async function timeOpen(page: Page, file: BenchFile): Promise<number> {
  await page.evaluate(([expected, timeout]) => window.obviousBench.armOpen(expected, timeout), [
    file.expected,
    TIMEOUT_MS,
  ] as const);
  await page.getByTestId('open-file-input').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  return page.evaluate(() => window.obviousBench.openTime());
}

export const dragSteps = (page: Page, id: string, options: SeriesOptions): Promise<number[]> =>
  page.evaluate(([nodeId, series]) => window.obviousBench.dragSteps(nodeId, series), [id, options] as const);

export const panSteps = (page: Page, options: SeriesOptions): Promise<number[]> =>
  page.evaluate((series) => window.obviousBench.panSteps(series), options);

/** One frame of the page, a word changed outside the canvas: what every step costs at least. */
export const frameSteps = (page: Page, count: number): Promise<number[]> =>
  page.evaluate((n) => window.obviousBench.frameSteps(n), count);

/** Workbench only: opens node `id` in the inspector and times edits of its state to the analysis painted. */
export const editSteps = (
  page: Page,
  id: string,
  edits: number,
): Promise<{ ms: number[]; frames: number[]; own: number[] }> =>
  page.evaluate(([nodeId, count, timeout]) => window.obviousBench.editSteps(nodeId, count, timeout), [
    id,
    edits,
    TIMEOUT_MS,
  ] as const);

/** Lets debounced work (the workbench's autosave, 500 ms) finish between series, in both pages alike. */
export const settle = (page: Page): Promise<void> => page.waitForTimeout(900);
