/** Plain geometry over cards on the canvas, in map units: shared by the edge words and the line router. */

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

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The rectangle grown by `by` on every side. */
export const grown = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

export const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

export function toward(from: Point, to: Point, by: number): Point {
  const length = distance(from, to);
  return length === 0
    ? from
    : { x: from.x + ((to.x - from.x) * by) / length, y: from.y + ((to.y - from.y) * by) / length };
}

/** The point a fraction `t` of the way along the corners, by length. */
export function pointAlong(points: readonly Point[], t: number): Point {
  let total = 0;
  for (let k = 1; k < points.length; k++) total += distance(points[k - 1]!, points[k]!);
  let left = t * total;
  for (let k = 1; k < points.length; k++) {
    const [a, b] = [points[k - 1]!, points[k]!];
    const length = distance(a, b);
    if (left <= length) return toward(a, b, left);
    left -= length;
  }
  return points[points.length - 1] ?? { x: 0, y: 0 };
}

/** Rectangles bucketed on a coarse grid, so a map of hundreds of cards asks only its neighbours. */
export class RectGrid<T extends Rect = Rect> {
  private readonly cells = new Map<string, T[]>();
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

  add(r: T): void {
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

  /** Every rectangle overlapping `r`, each once. */
  near(r: Rect): T[] {
    const found = new Set<T>();
    for (const key of this.keys(r)) {
      for (const other of this.cells.get(key) ?? []) if (overlaps(r, other)) found.add(other);
    }
    return [...found];
  }
}
