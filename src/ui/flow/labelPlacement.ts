/**
 * Where each edge's word ("requires", "fears", …) sits: on the edge's own line, at a point where it
 * covers no card and no other edge's word. Pure geometry over card rectangles and edge ends, so it is
 * tested without a browser.
 *
 * An edge runs from its source card's right side to its target card's left side as React Flow's bezier
 * (curvature 0.25), or along its route around cards (lineRoute.ts); a spot is a fraction `t` along it. Only when no point of the curve is free
 * does a word leave its line: it then sits at the nearest free place and a thin leader ties it back to
 * the point of the line it names.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface LabelledEdge {
  id: string;
  /** Where the line leaves its source card (the right-hand handle). */
  from: Point;
  /** Where the line enters its target card (the left-hand handle). */
  to: Point;
  /** The word's box. */
  label: Size;
  /** The point at `t` of the line as drawn, when it is not React Flow's curve (a line routed around cards). */
  at?: (t: number) => Point;
}

export interface LabelSpot {
  /** The centre of the word's box. */
  center: Point;
  /** The point of the line the word names: the centre itself when the word sits on its line. */
  anchor: Point;
  /** Where along the line the anchor is (0 at the source, 1 at the target). */
  t: number;
  onLine: boolean;
  /** False only when no free place was found near the line: the word then sits at the line's middle. */
  clear: boolean;
}

/** Room kept between a word and a card or another word, in map units. */
export const LABEL_GAP = 6;

const CURVATURE = 0.25;

/** React Flow's control offset for a bezier edge (calculateControlOffset in @xyflow/system). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

/** The point at `t` of the bezier React Flow draws from a right-hand source handle to a left-hand target handle. */
export function bezierPoint(from: Point, to: Point, t: number): Point {
  const offset = controlOffset(to.x - from.x);
  const c1 = { x: from.x + offset, y: from.y };
  const c2 = { x: to.x - offset, y: to.y };
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * from.x + b * c1.x + c * c2.x + d * to.x, y: a * from.y + b * c1.y + c * c2.y + d * to.y };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const boxAt = (center: Point, size: Size, gap: number): Rect => ({
  x: center.x - size.width / 2 - gap,
  y: center.y - size.height / 2 - gap,
  width: size.width + 2 * gap,
  height: size.height + 2 * gap,
});

/** Fractions along the line, middle first, then outwards both ways. */
const ALONG: readonly number[] = (() => {
  const ts = [0.5];
  for (let step = 1; step <= 16; step++) ts.push(0.5 - step * 0.025, 0.5 + step * 0.025);
  return ts.map((t) => Math.round(t * 1000) / 1000);
})();

/** Rectangles bucketed on a coarse grid, so a map of hundreds of cards asks only its neighbours. */
class RectGrid {
  private readonly cells = new Map<string, Rect[]>();
  constructor(private readonly cell = 240) {}

  private keys(r: Rect): string[] {
    const keys: string[] = [];
    const x0 = Math.floor(r.x / this.cell);
    const x1 = Math.floor((r.x + r.width) / this.cell);
    const y0 = Math.floor(r.y / this.cell);
    const y1 = Math.floor((r.y + r.height) / this.cell);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x}:${y}`);
    return keys;
  }

  add(r: Rect): void {
    for (const key of this.keys(r)) {
      const list = this.cells.get(key);
      if (list) list.push(r);
      else this.cells.set(key, [r]);
    }
  }

  hits(r: Rect): boolean {
    for (const key of this.keys(r)) {
      for (const other of this.cells.get(key) ?? []) if (overlaps(r, other)) return true;
    }
    return false;
  }
}

/**
 * Places every edge's word. Shorter edges choose first: they have the fewest free points. A word is
 * free when its box, grown by `gap`, covers no card and no word placed before it.
 */
export function placeLabels(
  cards: readonly Rect[],
  edges: readonly LabelledEdge[],
  gap: number = LABEL_GAP,
): Map<string, LabelSpot> {
  const cardGrid = new RectGrid();
  for (const card of cards) cardGrid.add(card);
  const words = new RectGrid();
  const free = (center: Point, size: Size) => {
    const box = boxAt(center, size, gap);
    return !cardGrid.hits(box) && !words.hits(boxAt(center, size, 0));
  };

  const order = [...edges].sort((a, b) => length(a) - length(b) || (a.id < b.id ? -1 : 1));
  const spots = new Map<string, LabelSpot>();
  for (const edge of order) {
    const spot = onLine(edge, free) ?? nearLine(edge, free) ?? middle(edge);
    spots.set(edge.id, spot);
    if (spot.clear) words.add(boxAt(spot.center, edge.label, gap / 2));
  }
  return spots;
}

const pointOn = (e: LabelledEdge, t: number) => e.at?.(t) ?? bezierPoint(e.from, e.to, t);

const length = (e: LabelledEdge) => Math.hypot(e.to.x - e.from.x, e.to.y - e.from.y);

function onLine(edge: LabelledEdge, free: (c: Point, s: Size) => boolean): LabelSpot | null {
  for (const t of ALONG) {
    const point = pointOn(edge, t);
    if (free(point, edge.label)) return { center: point, anchor: point, t, onLine: true, clear: true };
  }
  return null;
}

/** Around the line's points, middle first, in growing rings: the nearest free place. */
function nearLine(edge: LabelledEdge, free: (c: Point, s: Size) => boolean): LabelSpot | null {
  const { width, height } = edge.label;
  for (let ring = 1; ring <= 14; ring++) {
    const dx = ring * (width / 2 + LABEL_GAP);
    const dy = ring * (height + LABEL_GAP);
    const offsets: Point[] = [
      { x: 0, y: -dy },
      { x: 0, y: dy },
      { x: -dx, y: 0 },
      { x: dx, y: 0 },
      { x: -dx, y: -dy },
      { x: dx, y: -dy },
      { x: -dx, y: dy },
      { x: dx, y: dy },
    ];
    for (const t of ALONG) {
      const anchor = pointOn(edge, t);
      for (const o of offsets) {
        const center = { x: anchor.x + o.x, y: anchor.y + o.y };
        if (free(center, edge.label)) return { center, anchor, t, onLine: false, clear: true };
      }
    }
  }
  return null;
}

function middle(edge: LabelledEdge): LabelSpot {
  const point = pointOn(edge, 0.5);
  return { center: point, anchor: point, t: 0.5, onLine: true, clear: false };
}
