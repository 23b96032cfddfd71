/**
 * The overview's geometry (the small map in the canvas's corner): pure functions of the cards and the
 * viewport, so they are tested without a browser and cost nothing while only the viewport moves.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverviewCard {
  id: string;
  /** What colours it: a node kind, or `planItem`. */
  type: string;
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
}

/** A card's size before it has been measured (about a card with a two-line label). */
export const UNMEASURED_CARD = { width: 280, height: 130 };

const sizeOf = (card: OverviewCard) => ({
  width: card.measured?.width ?? UNMEASURED_CARD.width,
  height: card.measured?.height ?? UNMEASURED_CARD.height,
});

/**
 * One SVG path per type, every card of that type a rectangle in it: a few elements for the whole map
 * instead of one per card, so drawing the overview of a thousand cards is a handful of paths.
 */
export function overviewPaths(cards: readonly OverviewCard[]): { type: string; d: string; count: number }[] {
  const byType = new Map<string, { parts: string[] }>();
  for (const card of cards) {
    const { width, height } = sizeOf(card);
    const entry = byType.get(card.type) ?? { parts: [] };
    entry.parts.push(
      `M${round(card.position.x)} ${round(card.position.y)}h${round(width)}v${round(height)}h${round(-width)}z`,
    );
    byType.set(card.type, entry);
  }
  return [...byType].map(([type, { parts }]) => ({ type, d: parts.join(''), count: parts.length }));
}

/** The smallest box holding every card, or null for an empty map. */
export function cardsBounds(cards: readonly OverviewCard[]): Box | null {
  if (cards.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const card of cards) {
    const { width, height } = sizeOf(card);
    minX = Math.min(minX, card.position.x);
    minY = Math.min(minY, card.position.y);
    maxX = Math.max(maxX, card.position.x + width);
    maxY = Math.max(maxY, card.position.y + height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The part of the map the canvas shows: its pane (pixels) seen through the viewport transform. */
export function visibleArea(
  transform: readonly [number, number, number],
  pane: { width: number; height: number },
): Box {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/**
 * The overview's view box: the cards and the visible area together, centred, with the overview's own
 * aspect ratio (so a point maps to the map the same way across and down) and a small margin.
 */
export function overviewViewBox(
  cards: Box | null,
  visible: Box,
  size: { width: number; height: number },
): Box {
  const box = cards ? union(cards, visible) : visible;
  // Map units per overview pixel, leaving a margin of MARGIN_PX on every side.
  const scale =
    Math.max(box.width / (size.width - 2 * MARGIN_PX), box.height / (size.height - 2 * MARGIN_PX)) || 1;
  const width = scale * size.width;
  const height = scale * size.height;
  return { x: box.x - (width - box.width) / 2, y: box.y - (height - box.height) / 2, width, height };
}

/** The overview's margin around everything it shows, in screen pixels. */
const MARGIN_PX = 5;

/** The map point under a point of the overview, given the overview's on-screen box. */
export function mapPointAt(
  viewBox: Box,
  screen: { left: number; top: number; width: number; height: number },
  client: { x: number; y: number },
): { x: number; y: number } | null {
  if (screen.width <= 0 || screen.height <= 0) return null;
  return {
    x: viewBox.x + ((client.x - screen.left) / screen.width) * viewBox.width,
    y: viewBox.y + ((client.y - screen.top) / screen.height) * viewBox.height,
  };
}

/** The shade over everything but the visible area: the view box with the visible area cut out. */
export function shadePath(viewBox: Box, visible: Box): string {
  const rect = (b: Box) =>
    `M${round(b.x)} ${round(b.y)}h${round(b.width)}v${round(b.height)}h${round(-b.width)}z`;
  return rect(viewBox) + rect(visible);
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
