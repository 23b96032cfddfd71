/**
 * Lines that go around cards. An edge is drawn from its source card's right side to its target card's
 * left side as React Flow's bezier; when that curve runs through another card, the edge is drawn
 * instead along an orthogonal route with rounded corners that keeps `ROUTE_MARGIN` from every card
 * (`TIGHT_MARGIN` where cards stand too close for that).
 *
 * Pure geometry over card rectangles, loaded on demand (it is not part of a first visit's code): the
 * canvas draws plain curves until it arrives.
 *
 * The route is a shortest path with a price on every bend over a sparse grid: the lines through every
 * card's grown sides and the line's own ends. A line keeps its curve when nothing is in its way, when
 * no route is found, or when the route would be absurd: longer than `MAX_DETOUR` times the straight
 * distance between its ends (at least `MIN_ALLOWED` map units, so a short line may still step around a
 * card), or when so many cards lie within reach that the search would be slow (`MAX_NEAR_CARDS`).
 */
import { bezierPoint, type Point, type Rect } from './labelPlacement';

/** Room kept between a routed line and any card, in map units. */
export const ROUTE_MARGIN = 14;
/** …or, where cards stand closer than twice that (the shared screen's columns), this much. */
export const TIGHT_MARGIN = 5;
/** How much farther than the margin a routed line runs straight out of its source card and into its target. */
const STUB = 10;
/** A route longer than this many times its ends' straight distance is absurd: the curve stays. */
export const MAX_DETOUR = 2.5;
/** …except that any route up to this long is allowed (a short line stepping around one card). */
export const MIN_ALLOWED = 360;
/**
 * On a canvas of more cards than this, lines keep their curves: routing every line takes ~40 ms for 200
 * laid-out cards but ~0.3 s for 400 and ~3 s for 1,000 (it would block the page at a drop, as a map opens
 * or zooms in, and after a Layout).
 */
export const MAX_ROUTED_CARDS = 200;
/** Above this many cards within a line's reach, it keeps its curve. */
export const MAX_NEAR_CARDS = 80;
/** The price of a bend, in map units of length: fewer bends read more easily than a slightly shorter line. */
const BEND = 60;
/** Corner radius of a drawn route. */
const RADIUS = 14;

export interface Card extends Rect {
  id: string;
}

export interface LineEnds {
  id: string;
  source: string;
  target: string;
  /** Where the line leaves its source card (its right side). */
  from: Point;
  /** Where the line enters its target card (its left side). */
  to: Point;
}

/** Cards bucketed on a coarse grid: a line asks only the cards near it. */
export class CardIndex {
  private readonly cells = new Map<number, number[]>();
  constructor(
    readonly cards: readonly Card[],
    private readonly cell = 256,
  ) {
    cards.forEach((card, i) =>
      this.eachCell(card, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
      }),
    );
  }

  private eachCell(r: Rect, visit: (key: number) => void) {
    const x0 = Math.floor(r.x / this.cell);
    const x1 = Math.floor((r.x + r.width) / this.cell);
    const y0 = Math.floor(r.y / this.cell);
    const y1 = Math.floor((r.y + r.height) / this.cell);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit(x * 65_536 + y);
  }

  /** The cards that overlap `r`, each once, in index order. */
  near(r: Rect): Card[] {
    const seen = new Set<number>();
    this.eachCell(r, (key) => {
      for (const i of this.cells.get(key) ?? []) if (overlaps(r, this.cards[i]!)) seen.add(i);
    });
    return [...seen].sort((a, b) => a - b).map((i) => this.cards[i]!);
  }
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

const around = (points: readonly Point[]): Rect => {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
};

/** Whether the segment a–b passes through the inside of `r` (Liang–Barsky clipping). */
export function segmentHits(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** The curve React Flow draws for this line, as 32 straight pieces. */
export function curvePoints(from: Point, to: Point, pieces = 32): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= pieces; i++) points.push(bezierPoint(from, to, i / pieces));
  return points;
}

/** Whether a polyline passes through any card but those in `except`. */
export function crossesCards(
  points: readonly Point[],
  index: CardIndex,
  except: ReadonlySet<string>,
): boolean {
  const box = around(points);
  const near = index.near(box).filter((c) => !except.has(c.id));
  if (near.length === 0) return false;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    for (const card of near) if (segmentHits(a, b, card)) return true;
  }
  return false;
}

export const polylineLength = (points: readonly Point[]) => {
  let sum = 0;
  for (let i = 1; i < points.length; i++)
    sum += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return sum;
};

/** The longest route a line between these ends may take. */
export const allowedLength = (from: Point, to: Point) =>
  Math.max(MAX_DETOUR * Math.hypot(to.x - from.x, to.y - from.y), MIN_ALLOWED);

/**
 * An orthogonal route from `from` (leaving rightwards) to `to` (entering rightwards) that keeps
 * `margin` from every card of `index` (its own two cards included, apart from its ends), or null
 * when there is none within the allowed length or too many cards are within reach.
 */
export function routeAround(from: Point, to: Point, index: CardIndex, margin = ROUTE_MARGIN): Point[] | null {
  const allowed = allowedLength(from, to);
  const start = { x: from.x + margin + STUB, y: from.y };
  const goal = { x: to.x - margin - STUB, y: to.y };
  // No point of a route within the allowed length lies farther out than this from both ends.
  const slack = Math.max(0, (allowed - Math.hypot(to.x - from.x, to.y - from.y)) / 2);
  const reach = grow(around([from, to]), slack);
  const near = index.near(reach);
  if (near.length > MAX_NEAR_CARDS) return null;
  const walls = near.map((c) => grow(c, margin));
  for (const w of walls) if (strictlyInside(start, w) || strictlyInside(goal, w)) return null;

  const xs = lines([start.x, goal.x, reach.x, reach.x + reach.width], walls, 'x', 'width', reach);
  const ys = lines([start.y, goal.y, reach.y, reach.y + reach.height], walls, 'y', 'height', reach);
  const grid = new Grid(xs, ys, walls);
  const cells = grid.search(xs.indexOf(start.x), ys.indexOf(start.y), xs.indexOf(goal.x), ys.indexOf(goal.y));
  if (!cells) return null;
  const route = simplify([from, ...cells.map(([i, j]) => ({ x: xs[i]!, y: ys[j]! })), to]);
  return polylineLength(route) <= allowed ? route : null;
}

const strictlyInside = (p: Point, r: Rect) =>
  p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

/** The sorted, distinct grid lines along one axis: the given ones and every wall's two sides within reach. */
function lines(
  given: number[],
  walls: readonly Rect[],
  at: 'x' | 'y',
  size: 'width' | 'height',
  reach: Rect,
): number[] {
  const lo = reach[at];
  const hi = reach[at] + reach[size];
  const all = [...given];
  for (const w of walls) all.push(w[at], w[at] + w[size]);
  return [...new Set(all.filter((v) => v >= lo && v <= hi))].sort((a, b) => a - b);
}

/** Drops the middle point of every three in a row. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (b && b.x === p.x && b.y === p.y) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** East, south, west, north. */
const STEPS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
] as const;

/**
 * The grid's crossings and the steps between neighbours that no wall's inside blocks. Every wall side
 * is a grid line, so a step is blocked exactly when its middle is strictly inside a wall.
 */
class Grid {
  private readonly blocked: Uint8Array;
  constructor(
    private readonly xs: readonly number[],
    private readonly ys: readonly number[],
    walls: readonly Rect[],
  ) {
    // Bit 1: the point is inside a wall; bit 2: the step east is blocked; bit 4: the step south is.
    const nx = xs.length;
    this.blocked = new Uint8Array(nx * ys.length);
    for (const w of walls) {
      const x0 = w.x;
      const x1 = w.x + w.width;
      const y0 = w.y;
      const y1 = w.y + w.height;
      const i0 = lowerBound(xs, x0);
      const i1 = upperBound(xs, x1);
      const j0 = lowerBound(ys, y0);
      const j1 = upperBound(ys, y1);
      for (let j = j0; j < j1; j++) {
        for (let i = i0; i < i1; i++) {
          const x = xs[i]!;
          const y = ys[j]!;
          const insideX = x > x0 && x < x1;
          const insideY = y > y0 && y < y1;
          let bits = 0;
          if (insideX && insideY) bits |= 1;
          if (insideY && i + 1 < nx && (x + xs[i + 1]!) / 2 > x0 && (x + xs[i + 1]!) / 2 < x1) bits |= 2;
          if (insideX && j + 1 < ys.length && (y + ys[j + 1]!) / 2 > y0 && (y + ys[j + 1]!) / 2 < y1)
            bits |= 4;
          this.blocked[j * nx + i]! |= bits;
        }
      }
    }
  }

  private open(i: number, j: number, d: number): boolean {
    const nx = this.xs.length;
    const ni = i + STEPS[d]![0];
    const nj = j + STEPS[d]![1];
    if (ni < 0 || nj < 0 || ni >= nx || nj >= this.ys.length) return false;
    if (this.blocked[nj * nx + ni]! & 1) return false;
    if (d === 0) return !(this.blocked[j * nx + i]! & 2);
    if (d === 2) return !(this.blocked[j * nx + ni]! & 2);
    if (d === 1) return !(this.blocked[j * nx + i]! & 4);
    return !(this.blocked[nj * nx + i]! & 4);
  }

  /** The cheapest path of crossings (A* over crossing and heading; each bend costs BEND), arriving heading east. */
  search(si: number, sj: number, gi: number, gj: number): [number, number][] | null {
    const { xs, ys } = this;
    const nx = xs.length;
    const states = nx * ys.length * 4;
    const cost = new Float64Array(states).fill(Infinity);
    const from = new Int32Array(states).fill(-1);
    const heap = new Heap();
    const h = (i: number, j: number) => Math.abs(xs[i]! - xs[gi]!) + Math.abs(ys[j]! - ys[gj]!);
    const startState = (sj * nx + si) * 4; // heading east
    cost[startState] = 0;
    heap.push(startState, h(si, sj));
    let best = -1;
    let bestCost = Infinity;
    while (heap.size > 0) {
      const [state, priority] = heap.pop();
      if (priority >= bestCost) break;
      const d = state & 3;
      const cell = state >> 2;
      const i = cell % nx;
      const j = (cell - i) / nx;
      const g = cost[state]!;
      if (priority > g + h(i, j) + 1e-9) continue; // a stale entry
      if (i === gi && j === gj) {
        const total = g + (d === 0 ? 0 : d === 2 ? 2 * BEND : BEND);
        if (total < bestCost) {
          bestCost = total;
          best = state;
        }
        continue;
      }
      for (let nd = 0; nd < 4; nd++) {
        if ((nd + 2) % 4 === d || !this.open(i, j, nd)) continue; // never turn straight back
        const ni = i + STEPS[nd]![0];
        const nj = j + STEPS[nd]![1];
        const step = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!) + (nd === d ? 0 : BEND);
        const next = (nj * nx + ni) * 4 + nd;
        if (g + step < cost[next]!) {
          cost[next] = g + step;
          from[next] = state;
          heap.push(next, g + step + h(ni, nj));
        }
      }
    }
    if (best < 0) return null;
    const cells: [number, number][] = [];
    for (let s = best; s >= 0; s = from[s]!) {
      const cell = s >> 2;
      cells.push([cell % nx, Math.floor(cell / nx)]);
    }
    return cells.reverse();
  }
}

const lowerBound = (a: readonly number[], v: number) => {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
const upperBound = (a: readonly number[], v: number) => {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** A binary min-heap of (state, priority); ties go to the smaller state, so routes are deterministic. */
class Heap {
  private readonly states: number[] = [];
  private readonly priorities: number[] = [];
  get size() {
    return this.states.length;
  }
  private less(a: number, b: number) {
    const pa = this.priorities[a]!;
    const pb = this.priorities[b]!;
    return pa < pb || (pa === pb && this.states[a]! < this.states[b]!);
  }
  private swap(a: number, b: number) {
    [this.states[a], this.states[b]] = [this.states[b]!, this.states[a]!];
    [this.priorities[a], this.priorities[b]] = [this.priorities[b]!, this.priorities[a]!];
  }
  push(state: number, priority: number) {
    this.states.push(state);
    this.priorities.push(priority);
    let i = this.states.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.states[0]!, this.priorities[0]!];
    const lastState = this.states.pop()!;
    const lastPriority = this.priorities.pop()!;
    if (this.states.length > 0) {
      this.states[0] = lastState;
      this.priorities[0] = lastPriority;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.states.length && this.less(l, m)) m = l;
        if (r < this.states.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** An SVG path along the route's points with rounded corners. */
export function roundedPath(points: readonly Point[], radius = RADIUS): string {
  const first = points[0]!;
  let d = `M${first.x},${first.y}`;
  for (let k = 1; k < points.length - 1; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    const c = points[k + 1]!;
    const la = Math.hypot(b.x - a.x, b.y - a.y);
    const lc = Math.hypot(c.x - b.x, c.y - b.y);
    const r = Math.min(radius, la / 2, lc / 2);
    const p = { x: b.x + ((a.x - b.x) / la) * r, y: b.y + ((a.y - b.y) / la) * r };
    const q = { x: b.x + ((c.x - b.x) / lc) * r, y: b.y + ((c.y - b.y) / lc) * r };
    d += ` L${p.x},${p.y} Q${b.x},${b.y} ${q.x},${q.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last.x},${last.y}`;
}

/** The point at fraction `t` of a polyline's length. */
export function pointAlong(points: readonly Point[], t: number): Point {
  let left = polylineLength(points) * Math.min(1, Math.max(0, t));
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const piece = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= piece && piece > 0)
      return { x: a.x + ((b.x - a.x) * left) / piece, y: a.y + ((b.y - a.y) * left) / piece };
    left -= piece;
  }
  return points[points.length - 1]!;
}

/**
 * The routes of the lines whose curve runs through a card other than their own two: id → the route's
 * points, from the line's `from` to its `to`. Lines with nothing in the way, or no sensible route, are
 * left out (they keep their curve).
 */
export function routeLines(cards: readonly Card[], lines: readonly LineEnds[]): Map<string, Point[]> {
  return rerouteLines(cards, lines, null).routes;
}

/** A routing pass: the cards it saw and every line's ends and route (null: the line keeps its curve). */
export interface Routed {
  routes: Map<string, Point[]>;
  cards: ReadonlyMap<string, Card>;
  lines: ReadonlyMap<string, RoutedLine>;
}

interface RoutedLine {
  line: LineEnds;
  /** Whether its curve ran through a card other than its own two (else its route was not looked for). */
  blocked: boolean;
  route: Point[] | null;
}

/** Above this many moved cards (a Layout), every line is routed again without asking which moved near it. */
const MANY_MOVED = 64;

/**
 * `routeLines`, reusing the pass `before`: a line whose ends did not move keeps its route (or its curve)
 * unless a card that moved, grew, came or went lies within its reach. A line's route depends only on the
 * cards overlapping its reach (its curve's box grown by how far its longest allowed route may stray), so
 * the result is the same as routing every line again; a drop re-routes only the lines near the card dropped.
 */
export function rerouteLines(
  cards: readonly Card[],
  lines: readonly LineEnds[],
  before: Routed | null,
): Routed {
  const index = new CardIndex(cards);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const moved = before ? movedCards(before.cards, byId) : null;
  const reuse = moved !== null && moved.length <= MANY_MOVED ? before : null;
  const routes = new Map<string, Point[]>();
  const seen = new Map<string, RoutedLine>();
  for (const line of lines) {
    const curve = curvePoints(line.from, line.to);
    const old = reuse?.lines.get(line.id);
    const kept = old && sameEnds(old.line, line) && !moved!.some((r) => overlaps(r, reachOf(old, curve)));
    const next = kept ? old : routeLine(line, curve, index);
    seen.set(line.id, next);
    if (next.route) routes.set(line.id, next.route);
  }
  return { routes, cards: byId, lines: seen };
}

function routeLine(line: LineEnds, curve: readonly Point[], index: CardIndex): RoutedLine {
  const ends = new Set([line.source, line.target]);
  if (!crossesCards(curve, index, ends)) return { line, blocked: false, route: null };
  const route =
    routeAround(line.from, line.to, index) ?? routeAround(line.from, line.to, index, TIGHT_MARGIN);
  // Its ends' short runs in and out of its cards are not searched: a route is kept only if it is clear.
  return { line, blocked: true, route: route && !crossesCards(route, index, ends) ? route : null };
}

/**
 * Every card a line's last routing depended on overlaps this: for a line with nothing in its way, the
 * cards within its curve's box; for a line routed (or left as it was for want of a route), also every card
 * `routeAround` asked about and its route's, within the ends' box grown by the slack.
 */
function reachOf({ line, blocked }: RoutedLine, curve: readonly Point[]): Rect {
  if (!blocked) return grow(around(curve), 1);
  const straight = Math.hypot(line.to.x - line.from.x, line.to.y - line.from.y);
  const slack = Math.max(0, (allowedLength(line.from, line.to) - straight) / 2);
  return grow(around(curve), slack + 1);
}

const sameEnds = (a: LineEnds, b: LineEnds) =>
  a.source === b.source &&
  a.target === b.target &&
  a.from.x === b.from.x &&
  a.from.y === b.from.y &&
  a.to.x === b.to.x &&
  a.to.y === b.to.y;

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The boxes, before and after, of every card that moved, grew, came or went. */
function movedCards(before: ReadonlyMap<string, Card>, after: ReadonlyMap<string, Card>): Rect[] {
  const out: Rect[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now) out.push(old);
    else if (!sameRect(old, now)) out.push(old, now);
  }
  for (const [id, now] of after) if (!before.has(id)) out.push(now);
  return out;
}

/** A route as an edge draws it. */
export interface DrawnRoute {
  /** The point at fraction `t` of the route's length, while the line's ends are the route's. */
  follow: (from: Point, to: Point) => ((t: number) => Point) | undefined;
  /**
   * The SVG path from the edge's handles as React Flow places them; none when they are more than a few
   * units from the route's ends (a card was dragged since it was routed): the edge then draws its curve.
   */
  path: (sx: number, sy: number, tx: number, ty: number) => string | undefined;
}

/** How far an edge's handle may be from its route's end (a handle sits a few units off its card's side). */
const END_SLACK = 12;

/** Drawn routes by their points: a route that did not move keeps its object, so its edge does not redraw. */
let drawnCache = new Map<string, DrawnRoute>();

function drawn(route: Point[]): DrawnRoute {
  const key = route.map((p) => `${p.x},${p.y}`).join(' ');
  const cached = drawnCache.get(key);
  if (cached) return cached;
  const from = route[0]!;
  const to = route[route.length - 1]!;
  const inner = route.slice(1, -1);
  const d: DrawnRoute = {
    follow: (f, t) =>
      f.x === from.x && f.y === from.y && t.x === to.x && t.y === to.y
        ? (at) => pointAlong(route, at)
        : undefined,
    path: (sx, sy, tx, ty) =>
      Math.abs(sx - from.x) > END_SLACK ||
      Math.abs(sy - from.y) > END_SLACK ||
      Math.abs(tx - to.x) > END_SLACK ||
      Math.abs(ty - to.y) > END_SLACK
        ? undefined
        : roundedPath([{ x: sx, y: sy }, ...inner, { x: tx, y: ty }]),
  };
  if (drawnCache.size > 20_000) drawnCache = new Map();
  drawnCache.set(key, d);
  return d;
}

/** Routes, each ready to draw. */
function drawnRoutes(routes: ReadonlyMap<string, Point[]>): Map<string, DrawnRoute> {
  const out = new Map<string, DrawnRoute>();
  for (const [id, route] of routes) out.set(id, drawn(route));
  return out;
}

interface FlowLine {
  id: string;
  source: string;
  target: string;
}

/**
 * A router for one canvas: its cards by id and its lines → their drawn routes. The routes are made again
 * only when a card moved or grew or the lines changed (never on a selection, and the canvas never asks
 * during a drag); a drop re-routes only the lines near the cards that moved (`rerouteLines`).
 */
export function lineRouter() {
  let pass: Routed | null = null;
  let last: {
    cards: ReadonlyMap<string, Card>;
    lines: readonly FlowLine[];
    routes: Map<string, DrawnRoute>;
  } | null = null;
  return (cards: ReadonlyMap<string, Card>, lines: readonly FlowLine[]): Map<string, DrawnRoute> => {
    if (last && last.lines === lines && sameCards(last.cards, cards)) return last.routes;
    if (cards.size > MAX_ROUTED_CARDS) {
      pass = null;
      last = { cards, lines, routes: new Map() };
      return last.routes;
    }
    const ends: LineEnds[] = [];
    for (const { id, source, target } of lines) {
      const a = cards.get(source);
      const b = cards.get(target);
      if (a && b)
        ends.push({
          id,
          source,
          target,
          from: { x: a.x + a.width, y: a.y + a.height / 2 },
          to: { x: b.x, y: b.y + b.height / 2 },
        });
    }
    pass = rerouteLines([...cards.values()], ends, pass);
    last = { cards, lines, routes: drawnRoutes(pass.routes) };
    return last.routes;
  };
}

function sameCards(a: ReadonlyMap<string, Card>, b: ReadonlyMap<string, Card>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, r] of a) {
    const o = b.get(id);
    if (!o || o.x !== r.x || o.y !== r.y || o.width !== r.width || o.height !== r.height) return false;
  }
  return true;
}
