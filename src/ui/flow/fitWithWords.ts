import { useCallback } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type Rect } from '@xyflow/react';
import type { LabelSpots } from './labelSpots';

export interface WordsFitOptions {
  /** Share of the pane left around the framed box (both sides together), as fitView's padding. */
  padding: number;
  minZoom?: number;
  maxZoom: number;
  duration?: number;
  /** The cards to frame (with the words placed for them); every shown card when left out. */
  nodeIds?: readonly string[];
}

/** The smallest box holding both. */
export function unionOf(a: Rect, b: Rect | null): Rect {
  if (b === null) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * Fits the view to the cards and to the edge words placed around them. React Flow's fitView frames
 * cards only, and a word placed above or below its column (where no card covers it) was cut by the
 * view's edge. Resolves once the view is set.
 */
export function useFitWithWords(spots: LabelSpots | null): (options: WordsFitOptions) => Promise<boolean> {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (options: WordsFitOptions) => {
      const { width, height, minZoom, maxZoom } = store.getState();
      const cards = options.nodeIds ? [...options.nodeIds] : flow.getNodes().filter((node) => !node.hidden);
      if (width === 0 || height === 0 || cards.length === 0) return Promise.resolve(false);
      const bounds = unionOf(flow.getNodesBounds(cards), spots?.extent() ?? null);
      const viewport = getViewportForBounds(
        bounds,
        width,
        height,
        Math.max(options.minZoom ?? minZoom, minZoom),
        Math.min(options.maxZoom, maxZoom),
        options.padding,
      );
      // Held at the smallest zoom, a box taller than the view shows its top (the columns' headings
      // and first cards) rather than its middle.
      const margin = ((height - height / (1 + options.padding)) / 2) | 0; // as React Flow reads padding
      if (bounds.height * viewport.zoom > height) viewport.y = margin - bounds.y * viewport.zoom;
      return flow.setViewport(viewport, options.duration ? { duration: options.duration } : undefined);
    },
    [flow, store, spots],
  );
}
