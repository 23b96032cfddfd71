import { bezierPoint } from './labelPlacement';
import { distance, grown, toward, type Point, type Rect } from './cardGeometry';

/**
 * Lines that go around cards. React Flow draws an edge as a bezier from its source card's right side to
 * its target card's left side and lets it run under any card in between. Here, pure geometry: when that
 * curve would cross a third card, the line instead runs in straight stretches around the cards (a route
 * over the grid their padded sides make, found by A* with a price on every bend), drawn with rounded
 * corners. Deterministic: the same cards and ends give the same line.
 */

/** Room kept between a routed line and any card it passes, in map units. */
export const CARD_MARGIN = 20;
/** How far from a card a plain curve must stay to be kept. */
const CURVE_CLEARANCE = 4;
/** How far beyond the line's two ends the router first looks for a way round. */
export const CORRIDOR = 320;
/** A bend costs as much as this much more line: fewer, longer stretches read calmer. */
const BEND_COST = 60;
const CURVE_SAMPLES = 32;
/** Largest corner radius. */
const CORNER = 24;

export interface RouteEnds {
  /** Where the line leaves its source card (the middle of its right side). */
  from: Point;
  /** Where the line enters its target card (the middle of its left side). */
  to: Point;
  source?: Rect;
  target?: Rect;
}

/** A line around cards: its corners from `from` to `to`, and the radius its corners are rounded to. */
export interface Route {
  points: Point[];
  corner: number;
}

/**
 * The line from `from` to `to` around `others` (every card but the two ends), or null when the plain
 * curve already misses them all (or no way round exists: the curve is then the best there is).
 */
export function routeAroundCards(ends: RouteEnds, others: readonly Rect[]): Route | null {
  if (!curveCrosses(ends.from, ends.to, others)) return null;
  const near = grown(span(ends.from, ends.to), CORRIDOR);
  return (
    orthogonalRoute(ends, others, near) ??
    orthogonalRoute(ends, others, grown(bounds([...others, ...endCards(ends)], near), CARD_MARGIN * 2))
  );
}

/** Whether React Flow's curve between the two ends comes within CURVE_CLEARANCE of any of `cards`. */
export function curveCrosses(from: Point, to: Point, cards: readonly Rect[]): boolean {
  const boxes = cards.map((c) => grown(c, CURVE_CLEARANCE));
  let previous = from;
  for (let i = 1; i <= CURVE_SAMPLES; i++) {
    const point = bezierPoint(from, to, i / CURVE_SAMPLES);
    for (const box of boxes) if (segmentEnters(previous, point, box)) return true;
    previous = point;
  }
  return false;
}

/** Whether the segment from `a` to `b` passes through the inside of `r` (touching its sides is not). */
export function segmentEnters(a: Point, b: Point, r: Rect): boolean {
  // Liang–Barsky clipping against the open rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

const endCards = (ends: RouteEnds): Rect[] => [ends.source, ends.target].filter((c) => c !== undefined);

const span = (a: Point, b: Point): Rect => ({
  x: Math.min(a.x, b.x),
  y: Math.min(a.y, b.y),
  width: Math.abs(a.x - b.x),
  height: Math.abs(a.y - b.y),
});

function bounds(rects: readonly Rect[], start: Rect): Rect {
  let [x0, y0, x1, y1] = [start.x, start.y, start.x + start.width, start.y + start.height];
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** How far `p` lies outside `r` (the larger of its horizontal and vertical gaps); negative inside. */
function outside(p: Point, r: Rect): number {
  return Math.max(r.x - p.x, p.x - r.x - r.width, r.y - p.y, p.y - r.y - r.height);
}

const RIGHT = 0;
const STEPS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
] as const;

/**
 * The shortest line with few bends from a short stub out of the source to a short stub into the target,
 * over the grid of the padded cards' sides within `frame`. Null when there is none.
 */
function orthogonalRoute(ends: RouteEnds, others: readonly Rect[], frame: Rect): Route | null {
  const start = { x: ends.from.x + CARD_MARGIN, y: ends.from.y };
  const end = { x: ends.to.x - CARD_MARGIN, y: ends.to.y };
  // Each card padded by the margin, less where that would swallow a stub or close the gap to a neighbour.
  const cards = [...others, ...endCards(ends)].filter(
    (card) => overlapsFrame(card, frame) && outside(start, card) >= 0 && outside(end, card) >= 0,
  );
  const pads = cards.map((card) => Math.min(CARD_MARGIN, outside(start, card), outside(end, card)));
  for (let a = 0; a < cards.length; a++) {
    for (let b = a + 1; b < cards.length; b++) {
      const room = (separation(cards[a]!, cards[b]!) - 1) / 2;
      if (room < pads[a]!) pads[a] = Math.max(0, room);
      if (room < pads[b]!) pads[b] = Math.max(0, room);
    }
  }
  const blocks = cards.map((card, k) => grown(card, pads[k]!));
  const xs = coordinates([start.x, end.x, frame.x, frame.x + frame.width], blocks, 'x', 'width', frame);
  const ys = coordinates([start.y, end.y, frame.y, frame.y + frame.height], blocks, 'y', 'height', frame);
  const grid = new BlockedCells(xs, ys, blocks);
  const path = aStar(grid, xs.indexOf(start.x), ys.indexOf(start.y), xs.indexOf(end.x), ys.indexOf(end.y));
  if (!path) return null;
  const points = straightened([ends.from, ...path.map(([i, j]) => ({ x: xs[i]!, y: ys[j]! })), ends.to]);
  // A rounded corner cuts in by less than its radius: under twice the pad of the cards beside it, it misses them.
  let corner = CORNER;
  for (const [k, block] of blocks.entries()) {
    if (points.some((p) => outside(p, block) <= CORNER)) corner = Math.min(corner, 2 * pads[k]! - 1);
  }
  return { points, corner: Math.max(0, corner) };
}

/** The gap between two cards along the axis they are apart on (negative when they overlap). */
function separation(a: Rect, b: Rect): number {
  return Math.max(b.x - a.x - a.width, a.x - b.x - b.width, b.y - a.y - a.height, a.y - b.y - b.height);
}

const overlapsFrame = (r: Rect, f: Rect) =>
  r.x <= f.x + f.width && f.x <= r.x + r.width && r.y <= f.y + f.height && f.y <= r.y + r.height;

function coordinates(
  fixed: number[],
  blocks: readonly Rect[],
  axis: 'x' | 'y',
  size: 'width' | 'height',
  frame: Rect,
): number[] {
  const low = frame[axis];
  const high = low + frame[size];
  const all = [...fixed];
  for (const b of blocks) all.push(b[axis], b[axis] + b[size]);
  return [...new Set(all.map((v) => Math.min(high, Math.max(low, v))))].sort((a, b) => a - b);
}

/** Which cells between neighbouring grid lines lie inside a padded card. */
class BlockedCells {
  private readonly blocked: Uint8Array;
  readonly columns: number;
  readonly rows: number;

  constructor(
    readonly xs: readonly number[],
    readonly ys: readonly number[],
    blocks: readonly Rect[],
  ) {
    this.columns = xs.length;
    this.rows = ys.length;
    this.blocked = new Uint8Array(this.columns * this.rows);
    for (const b of blocks) {
      const [i0, i1] = [lowerIndex(xs, b.x), lowerIndex(xs, b.x + b.width)];
      const [j0, j1] = [lowerIndex(ys, b.y), lowerIndex(ys, b.y + b.height)];
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) this.blocked[j * this.columns + i] = 1;
    }
  }

  /** The cell right of grid line i and below grid line j (outside the grid: free). */
  cell(i: number, j: number): boolean {
    return (
      i >= 0 &&
      j >= 0 &&
      i < this.columns - 1 &&
      j < this.rows - 1 &&
      this.blocked[j * this.columns + i] === 1
    );
  }

  /** Whether the step from grid point (i, j) one line over in direction `d` runs inside a card. */
  open(i: number, j: number, d: number): boolean {
    switch (d) {
      case 0:
        return !(this.cell(i, j - 1) && this.cell(i, j));
      case 2:
        return !(this.cell(i - 1, j - 1) && this.cell(i - 1, j));
      case 1:
        return !(this.cell(i - 1, j) && this.cell(i, j));
      default:
        return !(this.cell(i - 1, j - 1) && this.cell(i, j - 1));
    }
  }
}

/** The index of the first value not below `v` in sorted `values`. */
function lowerIndex(values: readonly number[], v: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < v) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A* over (grid point, heading). Leaves the start heading right and must arrive heading right, or pay
 * a bend to turn into the target. Ties break on insertion order, so the result is deterministic.
 */
function aStar(
  grid: BlockedCells,
  si: number,
  sj: number,
  ei: number,
  ej: number,
): [number, number][] | null {
  const { xs, ys, columns } = grid;
  const states = columns * grid.rows * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const from = new Int32Array(states).fill(-1);
  const heap = new StateHeap();
  const id = (i: number, j: number, d: number) => (j * columns + i) * 4 + d;
  const guess = (i: number, j: number) => Math.abs(xs[i]! - xs[ei]!) + Math.abs(ys[j]! - ys[ej]!);
  const startId = id(si, sj, RIGHT);
  cost[startId] = 0;
  heap.push(startId, guess(si, sj));
  while (heap.size > 0) {
    const current = heap.pop();
    const d = current % 4;
    const cell = (current - d) / 4;
    const [i, j] = [cell % columns, Math.floor(cell / columns)];
    if (i === ei && j === ej && d === RIGHT) return trace(from, current, columns);
    const here = cost[current]!;
    for (let nd = 0; nd < 4; nd++) {
      if (nd === (d + 2) % 4) continue;
      const [ni, nj] = [i + STEPS[nd]![0], j + STEPS[nd]![1]];
      const turn = nd === d ? 0 : BEND_COST;
      // Turning on the spot into the target's heading: the last bend.
      if (i === ei && j === ej && nd === RIGHT) {
        relax(id(i, j, RIGHT), here + turn, current, 0);
        continue;
      }
      if (ni < 0 || nj < 0 || ni >= columns || nj >= grid.rows || !grid.open(i, j, nd)) continue;
      const step = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      relax(id(ni, nj, nd), here + step + turn, current, guess(ni, nj));
    }
  }
  return null;

  function relax(next: number, value: number, previous: number, estimate: number) {
    if (value >= cost[next]!) return;
    cost[next] = value;
    from[next] = previous;
    heap.push(next, value + estimate);
  }
}

function trace(from: Int32Array, last: number, columns: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let state = last; state !== -1; state = from[state]!) {
    const cell = Math.floor(state / 4);
    const point: [number, number] = [cell % columns, Math.floor(cell / columns)];
    const previous = cells[cells.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) cells.push(point);
  }
  return cells.reverse();
}

/** A binary min-heap of states by priority; equal priorities come out first in, first out. */
class StateHeap {
  private readonly items: { state: number; priority: number; order: number }[] = [];
  private pushed = 0;

  get size(): number {
    return this.items.length;
  }

  push(state: number, priority: number): void {
    const items = this.items;
    items.push({ state, priority, order: this.pushed++ });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let best = i;
        if (l < items.length && before(items[l]!, items[best]!)) best = l;
        if (r < items.length && before(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top.state;
  }
}

const before = (a: { priority: number; order: number }, b: { priority: number; order: number }) =>
  a.priority < b.priority || (a.priority === b.priority && a.order < b.order);

/** The corners only: points in a straight run between two others are dropped, as are repeats. */
export function straightened(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const p of points) {
    const last = kept[kept.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = kept[kept.length - 2];
    if (before && last && (before.x - last.x) * (last.y - p.y) === (before.y - last.y) * (last.x - p.x))
      kept.pop();
    kept.push(p);
  }
  return kept;
}

/** An SVG path through the corners with bends rounded to radius `corner`. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${first.x},${first.y}`;
  for (let k = 0; k < rest.length; k++) {
    const corner = rest[k]!;
    const next = rest[k + 1];
    const previous = points[k]!;
    if (!next) {
      d += ` L${corner.x},${corner.y}`;
      break;
    }
    const r = Math.min(radius, distance(previous, corner) / 2, distance(corner, next) / 2);
    const a = toward(corner, previous, r);
    const b = toward(corner, next, r);
    d += ` L${a.x},${a.y} Q${corner.x},${corner.y} ${b.x},${b.y}`;
  }
  return d;
}
