import { createContext, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Node as FlowNode } from '@xyflow/react';
import { EDGE_VERB } from '../shared/words';
import type { WorkbenchFlowEdge } from './flowTypes';
import { placeLabels, type LabelledEdge, type LabelSpot, type Rect, type Size } from './labelPlacement';

/**
 * The canvas's edge words: where each sits (labelPlacement.ts) and which edge the pointer is over.
 * Each edge reads only its own spot, so a drag re-renders only the edges whose word moved.
 */
export class LabelSpots {
  private spots = new Map<string, LabelSpot>();
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

  /** The box around every placed word, in map units (null when no word is placed): what a fitted view must also show. */
  extent(): Rect | null {
    return this.wordsBox;
  }

  /** No word is placed any more (far out, or no spotlight): a fit frames the cards alone. */
  forgetWords(): void {
    this.wordsBox = null;
  }

  isHovered(id: string): boolean {
    return this.hovered === id;
  }

  /** Takes new spots (and the box around their words), keeping the old object of every spot that did not move. */
  update(next: ReadonlyMap<string, LabelSpot>, extent: Rect | null = null): void {
    this.wordsBox = extent;
    const kept = new Map<string, LabelSpot>();
    let changed = next.size !== this.spots.size;
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

/** This edge's word's spot (none outside a canvas that places words) and whether it is hovered. */
export function useLabelSpot(id: string): { spot: LabelSpot | undefined; hovered: boolean } {
  const spots = useContext(LabelSpotsContext);
  const subscribe = spots?.subscribe ?? NO_SUBSCRIPTION;
  const spot = useSyncExternalStore(subscribe, () => spots?.spot(id));
  const hovered = useSyncExternalStore(subscribe, () => spots?.isHovered(id) ?? false);
  return { spot, hovered };
}

/**
 * The word's box in map units for a font size in px (bold, 8 px padding and a 2 px border each side).
 * Bold sans faces run up to ~0.7 em a letter (DejaVu Sans Bold, the Linux default): guessing narrower
 * let two words placed apart on paper touch on screen.
 */
export function wordSize(word: string, fontSize: number): Size {
  return { width: Math.ceil(word.length * fontSize * 0.7 + 22), height: Math.ceil(fontSize * 1.25 + 8) };
}

type Card = Pick<FlowNode, 'id' | 'position' | 'measured'>;

/**
 * Places the words of the canvas's edges over its measured cards; recomputed as cards move. A canvas
 * that needs the spots before it can say what to place (to fit its view) passes its own instance.
 */
export function useLabelSpotsFor(
  cards: readonly Card[],
  edges: readonly WorkbenchFlowEdge[],
  fontSize: number,
  enabled: boolean,
  given?: LabelSpots,
): LabelSpots {
  const [own] = useState(() => given ?? new LabelSpots());
  const spots = given ?? own;
  const placed = useMemo(() => {
    if (!enabled) return null;
    const [rects, labelled] = labelInput(cards, edges, fontSize);
    const placedSpots = placeLabels(rects, labelled);
    return { spots: placedSpots, extent: wordsExtent(placedSpots, labelled) };
  }, [cards, edges, fontSize, enabled]);
  useLayoutEffect(() => {
    if (placed) spots.update(placed.spots, placed.extent);
    else spots.forgetWords();
  }, [placed, spots]);
  return spots;
}

/** The box around the placed words (each its size, centred on its spot). */
function wordsExtent(spots: ReadonlyMap<string, LabelSpot>, labelled: readonly LabelledEdge[]): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const edge of labelled) {
    const spot = spots.get(edge.id);
    if (!spot) continue;
    left = Math.min(left, spot.center.x - edge.label.width / 2);
    right = Math.max(right, spot.center.x + edge.label.width / 2);
    top = Math.min(top, spot.center.y - edge.label.height / 2);
    bottom = Math.max(bottom, spot.center.y + edge.label.height / 2);
  }
  return left <= right ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}

function labelInput(
  cards: readonly Card[],
  edges: readonly WorkbenchFlowEdge[],
  fontSize: number,
): [Rect[], LabelledEdge[]] {
  const rects = new Map<string, Rect>();
  for (const card of cards) {
    const { width, height } = card.measured ?? {};
    if (width && height) rects.set(card.id, { x: card.position.x, y: card.position.y, width, height });
  }
  const labelled: LabelledEdge[] = [];
  for (const edge of edges) {
    if (edge.type !== 'decision' || !edge.data) continue;
    const source = rects.get(edge.source);
    const target = rects.get(edge.target);
    if (!source || !target) continue;
    labelled.push({
      id: edge.id,
      from: { x: source.x + source.width, y: source.y + source.height / 2 },
      to: { x: target.x, y: target.y + target.height / 2 },
      label: wordSize(EDGE_VERB[edge.data.record.kind], fontSize),
    });
  }
  return [[...rects.values()], labelled];
}
