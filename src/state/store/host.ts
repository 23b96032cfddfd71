import type { Position } from '../../domain/records/common';

/*
 * What the store asks of the page it runs in, passed in rather than reached for: downloads, the
 * clipboard, full screen, and what only the canvas can do. src/state calls these and never the DOM;
 * the app passes the browser's (src/ui/shared/browserHost.ts), tests pass their own.
 */

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

/** The canvas handlers registered right now. */
export interface CanvasRegistry {
  /** Registers handlers (merged with those already there); returns a function that unregisters them. */
  register: (handlers: Partial<CanvasHandlers>) => () => void;
  get: () => Partial<CanvasHandlers>;
  /** For `useSyncExternalStore`: called when handlers are registered or removed. */
  subscribe: (listener: () => void) => () => void;
}

export function createCanvasRegistry(): CanvasRegistry {
  let handlers: Partial<CanvasHandlers> = {};
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  return {
    register: (next) => {
      handlers = { ...handlers, ...next };
      changed();
      return () => {
        const kept: Partial<CanvasHandlers> = { ...handlers };
        for (const key of Object.keys(next) as (keyof CanvasHandlers)[]) {
          if (kept[key] === next[key]) delete kept[key];
        }
        handlers = kept;
        changed();
      };
    },
    get: () => handlers,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A file handed to the user. */
export interface DownloadFile {
  fileName: string;
  text: string;
  /** The media type (default application/json). */
  type?: string;
}

/** The page's abilities the store uses. */
export interface HostHandlers {
  /** Hands a file to the user (a download in the browser). */
  download: (file: DownloadFile) => void;
  /** The clipboard's text; rejects when the page may not read it. */
  readClipboard: () => Promise<string>;
  /** Full screen for presenting, where the page allows it (presenting works without it too). */
  enterFullscreen: () => void;
  leaveFullscreen: () => void;
}

export interface Host extends HostHandlers {
  canvas: CanvasRegistry;
}

/** A host with the given handlers; those left out cannot download or read the clipboard, and ignore full screen. */
export function createHost(handlers: Partial<HostHandlers> = {}): Host {
  return {
    download: () => {
      throw new Error('files cannot be downloaded here');
    },
    readClipboard: () => Promise.reject(new Error('the clipboard cannot be read here')),
    enterFullscreen: () => undefined,
    leaveFullscreen: () => undefined,
    ...handlers,
    canvas: createCanvasRegistry(),
  };
}
