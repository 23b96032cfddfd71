import { bezierPoint } from './labelPlacement';
import { distance, grown, overlaps, toward, type Point, type Rect } from './cardGeometry';

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
/** The most cards a line is routed among (those near its two ends and between them). */
export const MOST_CARDS = 48;
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
  // Among more cards than that, a way round costs more than a frame of a drag allows: the curve stays.
  if (others.length > MOST_CARDS || !curveCrosses(ends.from, ends.to, others)) return null;
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

/**
 * The shortest line with few bends from a short stub out of the source to a short stub into the target,
 * over the grid of the padded cards' sides within `frame`. Null when there is none.
 */
function orthogonalRoute(ends: RouteEnds, others: readonly Rect[], frame: Rect): Route | null {
  const start = { x: ends.from.x + CARD_MARGIN, y: ends.from.y };
  const end = { x: ends.to.x - CARD_MARGIN, y: ends.to.y };
  // Each card padded by the margin, less where that would swallow a stub or close the gap to a neighbour.
  const cards = [...others, ...endCards(ends)].filter(
    (card) => overlaps(card, grown(frame, 1)) && outside(start, card) >= 0 && outside(end, card) >= 0,
  );
  const pads = cards.map((card) => Math.min(CARD_MARGIN, outside(start, card), outside(end, card)));
  cards.forEach((a, k) =>
    cards.forEach((b, l) => {
      if (l > k) pads[k] = pads[l] = Math.max(0, Math.min(pads[k]!, pads[l]!, (separation(a, b) - 1) / 2));
    }),
  );
  const blocks = cards.map((card, k) => grown(card, pads[k]!));
  const xs = gridLines([start.x, end.x], blocks, frame.x, frame.width, 'x', 'width');
  const ys = gridLines([start.y, end.y], blocks, frame.y, frame.height, 'y', 'height');
  const path = shortest(
    xs,
    ys,
    blocks,
    [xs.indexOf(start.x), ys.indexOf(start.y)],
    [xs.indexOf(end.x), ys.indexOf(end.y)],
  );
  if (!path) return null;
  const points = straightened([ends.from, ...path.map(([i, j]) => ({ x: xs[i]!, y: ys[j]! })), ends.to]);
  // A rounded corner cuts in by less than its radius: under twice the pad of the cards beside it, it misses them.
  let corner = CORNER;
  blocks.forEach((block, k) => {
    if (points.some((p) => outside(p, block) <= CORNER)) corner = Math.min(corner, 2 * pads[k]! - 1);
  });
  return { points, corner: Math.max(0, corner) };
}

/** The gap between two cards along the axis they are apart on (negative when they overlap). */
const separation = (a: Rect, b: Rect) =>
  Math.max(b.x - a.x - a.width, a.x - b.x - b.width, b.y - a.y - a.height, a.y - b.y - b.height);

/** The grid's lines along one axis: the stubs', the frame's and the padded cards' sides, inside the frame. */
function gridLines(
  stubs: number[],
  blocks: readonly Rect[],
  low: number,
  length: number,
  axis: 'x' | 'y',
  size: 'width' | 'height',
): number[] {
  const all = [...stubs, low, low + length, ...blocks.flatMap((b) => [b[axis], b[axis] + b[size]])];
  return [...new Set(all.map((v) => Math.min(low + length, Math.max(low, v))))].sort((a, b) => a - b);
}

/** Headings as grid steps: right, down, left, up. */
const STEPS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];
/** For each heading, the two cells either side of a step (offsets from the grid point): both inside a card, no way. */
const SIDES = [
  [0, -1, 0, 0],
  [-1, 0, 0, 0],
  [-1, -1, -1, 0],
  [-1, -1, 0, -1],
];

/**
 * A* over (grid point, heading) with a price on every bend. The line leaves the start heading right and
 * must arrive heading right (turning into the target is a bend too). Deterministic for the same input.
 */
function shortest(
  xs: readonly number[],
  ys: readonly number[],
  blocks: readonly Rect[],
  [si, sj]: number[],
  [ei, ej]: number[],
): [number, number][] | null {
  const columns = xs.length;
  const rows = ys.length;
  // Cell (i, j) lies between lines i and i + 1 across, j and j + 1 down: 1 when inside a padded card.
  // Beyond the frame counts as inside: a line along the frame's edge runs only beside free cells.
  const blocked = new Uint8Array(columns * rows);
  const at = (lines: readonly number[], v: number) =>
    lines.indexOf(Math.min(lines[lines.length - 1]!, Math.max(lines[0]!, v)));
  for (const b of blocks) {
    for (let i = at(xs, b.x); xs[i]! < b.x + b.width; i++)
      for (let j = at(ys, b.y); ys[j]! < b.y + b.height; j++) blocked[j * columns + i] = 1;
  }
  const inCard = (i: number, j: number) =>
    i < 0 || j < 0 || i >= columns - 1 || j >= rows - 1 || blocked[j * columns + i] === 1;
  const cost = new Float64Array(columns * rows * 4).fill(Infinity);
  const previous = new Int32Array(cost.length).fill(-1);
  const heap: number[][] = [];
  const guess = (i: number, j: number) => Math.abs(xs[i]! - xs[ei!]!) + Math.abs(ys[j]! - ys[ej!]!);
  const reach = (state: number, value: number, from: number, i: number, j: number) => {
    if (value >= cost[state]!) return;
    cost[state] = value;
    previous[state] = from;
    push(heap, [value + guess(i, j), state]);
  };
  reach((sj! * columns + si!) * 4, 0, -1, si!, sj!);
  while (heap.length > 0) {
    const state = pop(heap)[1]!;
    const d = state % 4;
    const i = (state >> 2) % columns;
    const j = Math.floor(state / 4 / columns);
    if (i === ei && j === ej && d === 0) return trace(previous, state, columns);
    for (let n = 0; n < 4; n++) {
      const [di, dj] = STEPS[n]!;
      const [a, b, c, e] = SIDES[n]!;
      const value = cost[state]! + (n === d ? 0 : BEND_COST);
      if (n === (d + 2) % 4) continue;
      if (i === ei && j === ej) {
        if (n === 0) reach(state - d, value, state, i, j);
        continue;
      }
      const [ni, nj] = [i + di!, j + dj!];
      if (ni < 0 || nj < 0 || ni >= columns || nj >= rows) continue;
      if (inCard(i + a!, j + b!) && inCard(i + c!, j + e!)) continue;
      reach(
        (nj * columns + ni) * 4 + n,
        value + Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!),
        state,
        ni,
        nj,
      );
    }
  }
  return null;
}

function trace(previous: Int32Array, last: number, columns: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let state = last; state !== -1; state = previous[state]!) {
    cells.unshift([(state >> 2) % columns, Math.floor(state / 4 / columns)]);
  }
  return cells;
}

/** A binary min-heap of [priority, state] pairs. */
function push(heap: number[][], item: number[]) {
  let k = heap.push(item) - 1;
  while (k > 0 && heap[(k - 1) >> 1]![0]! > item[0]!) {
    heap[k] = heap[(k - 1) >> 1]!;
    k = (k - 1) >> 1;
  }
  heap[k] = item;
}

function pop(heap: number[][]): number[] {
  const top = heap[0]!;
  const last = heap.pop()!;
  let k = 0;
  for (;;) {
    let child = 2 * k + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && heap[child + 1]![0]! < heap[child]![0]!) child++;
    if (heap[child]![0]! >= last[0]!) break;
    heap[k] = heap[child]!;
    k = child;
  }
  if (heap.length > 0) heap[k] = last;
  return top;
}

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
