import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { getBezierPath, type EdgeProps, type Edge as FlowEdge, type Node as FlowNode } from '@xyflow/react';
import { EDGE_VERB } from '../shared/words';
import { afterPaint } from '../shared/afterPaint';
import type { WorkbenchFlowEdge } from './flowTypes';
import { placeLabels, type LabelledEdge, type LabelSpot, type Rect, type Size } from './labelPlacement';
import type { Card as RouteCard, DrawnRoute, lineRouter } from './lineRoute';

/**
 * The canvas's edge words: where each sits (labelPlacement.ts) and which edge the pointer is over; and
 * the edges routed around cards (lineRoute.ts). Each edge reads only its own spot and route, so a drag
 * re-renders only the edges whose word or route moved.
 */
export class LabelSpots {
  private spots = new Map<string, LabelSpot>();
  private routes: ReadonlyMap<string, DrawnRoute> = new Map();
  private wordsBox: Rect | null = null;
  private hovered: string | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  spot(id: string): LabelSpot | undefined {
    return this.spots.get(id);
  }

  route(id: string): DrawnRoute | undefined {
    return this.routes.get(id);
  }

  /** The box around every placed word, in map units (null when no word is placed): what a fitted view must also show. */
  extent(): Rect | null {
    return this.wordsBox;
  }

  isHovered(id: string): boolean {
    return this.hovered === id;
  }

  /** Takes new spots, routes and the box around the words, keeping the old object of every spot that did not move. */
  update(
    next: ReadonlyMap<string, LabelSpot>,
    routes: ReadonlyMap<string, DrawnRoute>,
    extent: Rect | null,
  ): void {
    this.wordsBox = extent;
    const kept = new Map<string, LabelSpot>();
    let changed = next.size !== this.spots.size || routes !== this.routes;
    this.routes = routes;
    for (const [id, spot] of next) {
      const old = this.spots.get(id);
      const same = old !== undefined && sameSpot(old, spot);
      kept.set(id, same ? old : spot);
      changed ||= !same;
    }
    this.spots = kept;
    if (changed) this.emit();
  }

  hover(id: string | null): void {
    if (this.hovered === id) return;
    this.hovered = id;
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

const sameSpot = (a: LabelSpot, b: LabelSpot) =>
  a.center.x === b.center.x &&
  a.center.y === b.center.y &&
  a.anchor.x === b.anchor.x &&
  a.anchor.y === b.anchor.y &&
  a.clear === b.clear;

export const LabelSpotsContext = createContext<LabelSpots | null>(null);

const NO_SUBSCRIPTION = () => () => undefined;

/** This edge's word's spot (none outside a canvas that places words), its route round cards, and whether it is hovered. */
export function useLabelSpot(id: string): {
  spot: LabelSpot | undefined;
  route: DrawnRoute | undefined;
  hovered: boolean;
} {
  const spots = useContext(LabelSpotsContext);
  const subscribe = spots?.subscribe ?? NO_SUBSCRIPTION;
  const spot = useSyncExternalStore(subscribe, () => spots?.spot(id));
  const route = useSyncExternalStore(subscribe, () => spots?.route(id));
  const hovered = useSyncExternalStore(subscribe, () => spots?.isHovered(id) ?? false);
  return { spot, route, hovered };
}

/**
 * An edge's line: around the cards in its way when it has a route that still fits its ends (`routed`),
 * else React Flow's curve; and the curve's middle, where a word sits when no spot was found for it.
 */
export function linePath(
  { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps,
  route: DrawnRoute | undefined,
): { path: string; routed: boolean; middle: { x: number; y: number } } {
  const [curve, x, y] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const routed = route?.path(sourceX, sourceY, targetX, targetY);
  return { path: routed ?? curve, routed: routed !== undefined, middle: { x, y } };
}

/** A line without a word: around the cards in its way when it has a route, else React Flow's curve. */
export function usePath(props: EdgeProps): string {
  return linePath(props, useLabelSpot(props.id).route).path;
}

/**
 * The router, fetched on the page's first input (a first visit's code stays within its budget without
 * it): until then, and wherever it finds no sensible way round, lines are drawn as curves.
 */
const routerReady = new Promise<typeof import('./lineRoute')>((resolve) => {
  for (const type of ['pointermove', 'pointerdown', 'keydown', 'wheel'])
    globalThis.addEventListener?.(type, () => resolve(import('./lineRoute')), { once: true, passive: true });
});

const NO_ROUTES: ReadonlyMap<string, DrawnRoute> = new Map();

/**
 * The word's box in map units for a font size in px (bold, 8 px padding and a 2 px border each side).
 * Bold sans faces run up to ~0.7 em a letter (DejaVu Sans Bold, the Linux default): guessing narrower
 * let two words placed apart on paper touch on screen.
 */
export function wordSize(word: string, fontSize: number): Size {
  return { width: Math.ceil(word.length * fontSize * 0.7 + 22), height: Math.ceil(fontSize * 1.25 + 8) };
}

type Card = Pick<FlowNode, 'id' | 'position' | 'measured'> & { data?: FlowNode['data'] };

/**
 * How far the constraint's card reaches beyond its box (canvas.css): its frame all round (inset 14 px
 * and a 7 px ring) and, on the workbench, its tag above it (36 px). A word placed there was hidden.
 */
const CONSTRAINT_FRAME = 21;
const CONSTRAINT_TAG = 36;

/** The boxes no edge word may cover: each card, the constraint's with its frame (and tag, if shown above it). */
export function wordObstacles(
  cards: readonly Card[],
  rects: ReadonlyMap<string, Rect>,
  tagAbove: boolean,
): Rect[] {
  const obstacles: Rect[] = [];
  for (const card of cards) {
    const rect = rects.get(card.id);
    if (!rect) continue;
    if (card.data?.constraint !== true) {
      obstacles.push(rect);
      continue;
    }
    const top = tagAbove ? CONSTRAINT_TAG : CONSTRAINT_FRAME;
    obstacles.push({
      x: rect.x - CONSTRAINT_FRAME,
      y: rect.y - top,
      width: rect.width + 2 * CONSTRAINT_FRAME,
      height: rect.height + top + CONSTRAINT_FRAME,
    });
  }
  return obstacles;
}

/**
 * Routes the lines of `lines` around the measured cards (once the router is loaded; never while `held`,
 * a drag: the routes of the drop are made at the drop) and places the words of `edges` on them, into the
 * canvas's own `spots` (a canvas needs them before it can say what to place: to fit its view).
 */
export function useLabelSpotsFor(
  spots: LabelSpots,
  cards: readonly Card[],
  edges: readonly WorkbenchFlowEdge[],
  fontSize: number,
  enabled: boolean,
  {
    lines = enabled ? edges : null,
    held = false,
    tagAbove = true,
  }: {
    lines?: readonly FlowEdge[] | null;
    held?: boolean;
    /** Whether the constraint's tag sits above its card (the workbench) rather than inside it (the shared screen). */
    tagAbove?: boolean;
  } = {},
): void {
  const rects = useMemo(() => cardRects(cards), [cards]);
  const routes = useRoutesAfterPaint(rects, lines, held);
  const placed = useMemo(() => {
    if (!enabled) return null;
    const words = labelled(rects, edges, fontSize, routes);
    const placedSpots = placeLabels(wordObstacles(cards, rects, tagAbove), words);
    return { spots: placedSpots, extent: wordsExtent(placedSpots, words) };
  }, [cards, rects, edges, fontSize, enabled, routes, tagAbove]);
  useLayoutEffect(() => {
    spots.update(placed?.spots ?? new Map(), routes, placed?.extent ?? null);
  }, [placed, routes, spots]);
}

/** The box around the placed words (each its size, centred on its spot). */
function wordsExtent(spots: ReadonlyMap<string, LabelSpot>, words: readonly LabelledEdge[]): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const edge of words) {
    const spot = spots.get(edge.id);
    if (!spot) continue;
    left = Math.min(left, spot.center.x - edge.label.width / 2);
    right = Math.max(right, spot.center.x + edge.label.width / 2);
    top = Math.min(top, spot.center.y - edge.label.height / 2);
    bottom = Math.max(bottom, spot.center.y + edge.label.height / 2);
  }
  return left <= right ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}

/**
 * The routes of `lines` around `rects`, made after the frame that shows a change (a drop, an edit, a map
 * opened) has painted: the cards and the score never wait for the lines, which follow a frame later (a
 * line whose ends moved draws its curve meanwhile). None while `lines` is null; kept as they are while `held`.
 */
function useRoutesAfterPaint(
  rects: ReadonlyMap<string, RouteCard>,
  lines: readonly FlowEdge[] | null,
  held: boolean,
): ReadonlyMap<string, DrawnRoute> {
  const [router, setRouter] = useState<ReturnType<typeof lineRouter>>();
  // Each canvas has its own router (it keeps its last routes).
  useEffect(() => void routerReady.then((m) => setRouter(() => m.lineRouter())), []);
  const [routes, setRoutes] = useState(NO_ROUTES);
  useEffect(() => {
    if (!router || !lines || held) return;
    return afterPaint(() => setRoutes(router(rects, lines)));
  }, [router, rects, lines, held]);
  return router && lines ? routes : NO_ROUTES;
}

function cardRects(cards: readonly Card[]): Map<string, RouteCard> {
  const rects = new Map<string, RouteCard>();
  for (const { id, position, measured } of cards) {
    const { width, height } = measured ?? {};
    if (width && height) rects.set(id, { id, x: position.x, y: position.y, width, height });
  }
  return rects;
}

function labelled(
  rects: ReadonlyMap<string, Rect>,
  edges: readonly WorkbenchFlowEdge[],
  fontSize: number,
  routes: ReadonlyMap<string, DrawnRoute>,
): LabelledEdge[] {
  const out: LabelledEdge[] = [];
  for (const edge of edges) {
    if (edge.type !== 'decision' || !edge.data) continue;
    const source = rects.get(edge.source);
    const target = rects.get(edge.target);
    if (!source || !target) continue;
    const from = { x: source.x + source.width, y: source.y + source.height / 2 };
    const to = { x: target.x, y: target.y + target.height / 2 };
    // A word follows its line's route while the route still starts and ends where the line does.
    const along = routes.get(edge.id)?.follow(from, to);
    out.push({
      id: edge.id,
      from,
      to,
      label: wordSize(EDGE_VERB[edge.data.record.kind], fontSize),
      ...(along ? { at: along } : {}),
    });
  }
  return out;
}
