import type { Position } from '../../domain/records/common';

/**
 * Where each card sits on the shared screen. Not the workbench's positions: the room reads the map as
 * columns, one per kind (plan, frictions, approvers, proofs, risks) under a heading that names the kind,
 * and a column too tall for the screen wraps into several side by side. The wrap is chosen so that the
 * whole map fits the screen at the largest zoom, which is what keeps every word readable from the back.
 * Pure: the cards' heights (measured, or guessed before they are drawn) and the screen's size in, positions out.
 */

export interface PresentColumn {
  /** The heading's key (a node kind, or 'plan'). */
  key: string;
  cards: readonly { id: string; height: number }[];
}

export interface PresentLayout {
  positions: Map<string, Position>;
  headings: { key: string; position: Position; width: number }[];
  /** The zoom at which everything fits the pane (before React Flow's padding). */
  zoom: number;
}

export const PRESENT_GRID = {
  /** Every present card's width (present.css draws them so). */
  cardWidth: 300,
  /** Between two cards of one column, and between the wrapped parts of one column. */
  gap: 24,
  /** Between two kinds' columns: room for the lines between them. */
  kindGap: 60,
  /** The column heading's line. */
  headingHeight: 56,
} as const;

/** The padding fitView adds around the map, as a share of the pane (both sides together). */
export const PRESENT_PADDING = 0.04;

export function presentLayout(
  columns: readonly PresentColumn[],
  pane: { width: number; height: number },
): PresentLayout {
  const shown = columns.filter((c) => c.cards.length > 0);
  const tallest = Math.max(1, ...shown.map((c) => c.cards.length));
  let best: PresentLayout | null = null;
  // Try every number of cards per wrapped column; keep the one that fits at the largest zoom
  // (on a tie, the fewer wraps: a column reads best unbroken).
  for (let perColumn = tallest; perColumn >= 1; perColumn--) {
    const layout = layoutWith(shown, perColumn, pane);
    if (best === null || layout.zoom > best.zoom + 1e-9) best = layout;
  }
  return best ?? { positions: new Map(), headings: [], zoom: 1 };
}

function layoutWith(
  columns: readonly PresentColumn[],
  perColumn: number,
  pane: { width: number; height: number },
): PresentLayout {
  const { cardWidth, gap, kindGap, headingHeight } = PRESENT_GRID;
  const positions = new Map<string, Position>();
  const headings: PresentLayout['headings'] = [];
  let x = 0;
  let height = 0;
  columns.forEach((column, index) => {
    if (index > 0) x += kindGap;
    const parts = Math.ceil(column.cards.length / perColumn);
    // Share the cards evenly between the parts, so the last is not a lone card.
    const each = Math.ceil(column.cards.length / parts);
    const width = parts * cardWidth + (parts - 1) * gap;
    headings.push({ key: column.key, position: { x, y: 0 }, width });
    for (let part = 0; part < parts; part++) {
      let y = headingHeight;
      for (const card of column.cards.slice(part * each, (part + 1) * each)) {
        positions.set(card.id, { x: x + part * (cardWidth + gap), y });
        y += card.height + gap;
      }
      height = Math.max(height, y - gap);
    }
    x += width;
  });
  const padded = 1 + PRESENT_PADDING;
  const zoom =
    x === 0 || pane.width <= 0 || pane.height <= 0
      ? 1
      : Math.min(pane.width / (x * padded), pane.height / (height * padded));
  return { positions, headings, zoom };
}

/** The smallest zoom at which words of `smallestWord` px stay readable on a screen this wide: 18 px on
 * screen at 1920 wide and more, 14 px at 1280 and less, in proportion between. */
export function readableZoom(screenWidth: number, smallestWord: number): number {
  const share = Math.min(1, Math.max(0, (screenWidth - 1280) / (1920 - 1280)));
  return (14 + 4 * share) / smallestWord;
}
