import type { Position } from '../../domain/records/common';

/**
 * What only the canvas can do (it owns the viewport and the rendered nodes). The UI registers these when
 * the canvas mounts; commands call them. A command whose handler is missing is disabled.
 */
export interface CanvasHandlers {
  fitView: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  /** Auto-layout: the UI computes positions and applies them with one undoable moveNodes. */
  layout: () => void | Promise<void>;
  exportPng: () => void | Promise<void>;
  exportSvg: () => void | Promise<void>;
  /** Opens the file picker (the page's `<input type="file">`). */
  openFilePicker: () => void;
  /** The centre of the visible canvas in map coordinates: where new nodes land. */
  viewportCenter: () => Position;
  /** The canvas's pan and zoom (a live session shares it, so that others can follow). */
  getViewport: () => CanvasViewport;
  /** Pans and zooms the canvas (following someone in a live session). */
  setViewport: (viewport: CanvasViewport) => void;
}

/** The map is drawn translated by (x, y) and scaled by zoom (React Flow's viewport). */
export interface CanvasViewport {
  x: number;
  y: number;
  zoom: number;
}

let handlers: Partial<CanvasHandlers> = {};
const listeners = new Set<() => void>();

/** Registers handlers (merged with those already there); returns a function that unregisters them. */
export function setCanvasHandlers(next: Partial<CanvasHandlers>): () => void {
  handlers = { ...handlers, ...next };
  listeners.forEach((l) => l());
  return () => {
    const kept: Partial<CanvasHandlers> = { ...handlers };
    for (const key of Object.keys(next) as (keyof CanvasHandlers)[]) {
      if (kept[key] === next[key]) delete kept[key];
    }
    handlers = kept;
    listeners.forEach((l) => l());
  };
}

export const getCanvasHandlers = (): Partial<CanvasHandlers> => handlers;

/** For `useSyncExternalStore`: re-render when handlers are registered or removed. */
export function subscribeCanvasHandlers(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
