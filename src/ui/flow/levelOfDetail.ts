import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import './levelOfDetail.css';

/**
 * Level of detail. Below this zoom a card's text is under 6 px on screen, too small to read even up
 * close, so the canvas stops drawing it: each decision card becomes a solid shape in its kind's colour
 * at the size the card has (cardSize.ts works it out from the record, within a pixel or two of the drawn
 * card), with no text inside at all, and icons, handles, edge labels, the background dots and the plan
 * links' dashes are left out. Painting those for every card on every frame
 * is what made dragging and panning a large map slow (docs/performance.md, "Canvas"). Zooming in brings
 * them all back, and an image export always gets everything (withFullDetail).
 */
export const FAR_ZOOM = 0.35;

/** The class the canvas wrapper carries while zoomed out past FAR_ZOOM (levelOfDetail.css). */
export const FAR_CLASS = 'canvas__flow--far';

/** About a card, for guessing how far out a map will fit before its cards are measured. */
const TYPICAL_CARD = { width: 280, height: 150 };

/**
 * The zoom at which `positions` will fit a pane of `pane` pixels (as the canvas's fit does: 6% padding,
 * at most 1.2), worked out before any card is drawn. Infinity for an empty map or an unmeasured pane.
 */
export function expectedFitZoom(
  positions: readonly { x: number; y: number }[],
  pane: { width: number; height: number },
): number {
  if (positions.length === 0 || pane.width <= 0 || pane.height <= 0) return Infinity;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + TYPICAL_CARD.width);
    maxY = Math.max(maxY, y + TYPICAL_CARD.height);
  }
  const padded = 1 + 2 * 0.06;
  return Math.min(1.2, pane.width / ((maxX - minX) * padded), pane.height / ((maxY - minY) * padded));
}

/** React Flow store selector (module scope, so it is the same function on every render). */
const isFar = (state: ReactFlowState): boolean => state.transform[2] < FAR_ZOOM;

/** While above zero, the canvas draws everything whatever the zoom (an image export is being made). */
let fullDetailRequests = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const fullDetailWanted = () => fullDetailRequests > 0;
const setFullDetail = (change: 1 | -1) => {
  fullDetailRequests += change;
  for (const listener of listeners) listener();
};

/**
 * True when the canvas should leave out what is too small to read. For the canvas itself: it re-renders
 * only when that flips, and hands the answer down through FarContext, so the thousands of edges of a
 * large map read a context instead of each adding a selector to every React Flow store update.
 */
export function useFarZoom(): boolean {
  const far = useStore(isFar);
  const full = useFullDetail();
  return far && !full;
}

export const FarContext = createContext(false);

/** Inside the canvas (its cards and edges): whether to draw them as seen from far out. */
export const useFar = (): boolean => useContext(FarContext);

/** True while something needs the whole map drawn in full (every node, whatever is on screen). */
export function useFullDetail(): boolean {
  return useSyncExternalStore(subscribe, fullDetailWanted, fullDetailWanted);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Runs `work` with the canvas drawn in full detail: every node and edge label rendered and measured
 * (three frames: render, measure, edges drawn), then back to what the zoom calls for.
 */
export async function withFullDetail<T>(work: () => Promise<T>): Promise<T> {
  setFullDetail(1);
  try {
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    return await work();
  } finally {
    setFullDetail(-1);
  }
}
