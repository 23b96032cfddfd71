import type { Page } from '@playwright/test';

/** One word (text run) a card shows on the shared screen, with its size on screen in pixels. */
export interface ShownWord {
  text: string;
  px: number;
}

/**
 * Every text run the presentation's map shows inside its cards and column headings, with its rendered
 * size: the font size times the canvas's zoom. Runs hidden by CSS (display: none, visibility: hidden)
 * are not shown, so not counted. Call once the fit has settled (`waitForPresentFit`).
 */
export function presentWordSizes(page: Page): Promise<ShownWord[]> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.present-canvas .react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const words: { text: string; px: number }[] = [];
    for (const node of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const words_ = text.textContent?.trim() ?? '';
        const element = text.parentElement;
        if (!words_ || !element || element.getClientRects().length === 0) continue;
        const style = getComputedStyle(element);
        if (style.visibility !== 'visible') continue;
        words.push({ text: words_, px: Math.round(parseFloat(style.fontSize) * zoom * 10) / 10 });
      }
    }
    return words;
  });
}

/** The labels of the cards that are not wholly inside the presentation's canvas, and the cut ones. */
export function presentCardsOutOfSight(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.present-canvas')!.getBoundingClientRect();
    const out: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('.present-canvas .react-flow__node')) {
      const r = node.getBoundingClientRect();
      const inside =
        r.left >= pane.left - 1 &&
        r.right <= pane.right + 1 &&
        r.top >= pane.top - 1 &&
        r.bottom <= pane.bottom + 1;
      if (!inside) out.push(node.textContent ?? node.dataset.id ?? '');
      for (const label of node.querySelectorAll<HTMLElement>('.card__label, .plan-card__title')) {
        if (label.scrollHeight > label.clientHeight + 1) out.push(`cut: ${label.textContent}`);
      }
    }
    return out;
  });
}

/** Waits until the presentation has framed the map (the fit animates for 350 ms) and holds still. */
export async function waitForPresentFit(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const headings = document.querySelectorAll('.present-canvas .react-flow__node-columnHeading');
    return (
      headings.length > 0 && [...headings].every((h) => (h as HTMLElement).style.visibility !== 'hidden')
    );
  });
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(200);
    const now = await page.evaluate(
      () => getComputedStyle(document.querySelector('.present-canvas .react-flow__viewport')!).transform,
    );
    if (now === last) return;
    last = now;
  }
}

/** Every text run shown inside `selector` (outside the canvas: no zoom), with its size in pixels. */
export function wordSizesIn(page: Page, selector: string): Promise<ShownWord[]> {
  return page.evaluate((within) => {
    const words: { text: string; px: number }[] = [];
    for (const root of document.querySelectorAll<HTMLElement>(within)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const shown = text.textContent?.trim() ?? '';
        const element = text.parentElement;
        if (!shown || !element || element.getClientRects().length === 0) continue;
        if (element.closest('.visually-hidden')) continue;
        if (getComputedStyle(element).visibility !== 'visible') continue;
        words.push({ text: shown, px: parseFloat(getComputedStyle(element).fontSize) });
      }
    }
    return words;
  }, selector);
}
