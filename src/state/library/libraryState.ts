import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LibraryEntry } from './libraryIndex';

/*
 * What the library shows in this tab: the list (a copy of the saved index), the questions waiting for
 * the user (an import whose map ids are already taken; another tab's save), and which view is open.
 * Session state: never saved, never undone. The maps themselves live in storage and, for the open one,
 * in the workbench store.
 */

/** An incoming map whose id is already in the library. */
export interface ImportCollision {
  id: string;
  incomingTitle: string;
  incomingPeriod: string;
  existingTitle: string;
  existingPeriod: string;
}

/** An opened file waiting for the user's choice: keep both, or replace the library's maps. */
export interface PendingImport {
  collisions: ImportCollision[];
  /** How many maps the file holds. */
  total: number;
}

/** Another tab saved the map open here while this tab has unsaved changes. */
export interface TabConflict {
  id: string;
  title: string;
}

export type LibraryView =
  | { kind: 'canvas' }
  | { kind: 'compare'; fromId: string | null; toId: string | null }
  | { kind: 'history'; mapId: string | null };

export interface LibraryState {
  /** False until the library has been read (or made) on start. */
  ready: boolean;
  /** Every map in the library, in the index's order, the trash included (`trashedAt`). */
  entries: LibraryEntry[];
  /** The map open in the workbench. */
  openId: string | null;
  pendingImport: PendingImport | null;
  conflict: TabConflict | null;
  /** The library drawer is open. */
  drawerOpen: boolean;
  view: LibraryView;
}

export interface LibraryViewActions {
  setDrawerOpen: (open: boolean) => void;
  /** Opens the compare view; `null` sides are chosen by the view (the map this one is based on, and this one). */
  showCompare: (fromId?: string | null, toId?: string | null) => void;
  showHistory: (mapId?: string | null) => void;
  showCanvas: () => void;
}

export type LibraryStateStore = StoreApi<LibraryState & LibraryViewActions>;

export const initialLibraryState: LibraryState = {
  ready: false,
  entries: [],
  openId: null,
  pendingImport: null,
  conflict: null,
  drawerOpen: false,
  view: { kind: 'canvas' },
};

export function createLibraryState(): LibraryStateStore {
  return createStore<LibraryState & LibraryViewActions>()((set) => ({
    ...initialLibraryState,
    setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
    showCompare: (fromId = null, toId = null) => set({ view: { kind: 'compare', fromId, toId }, drawerOpen: false }),
    showHistory: (mapId = null) => set({ view: { kind: 'history', mapId }, drawerOpen: false }),
    showCanvas: () => set({ view: { kind: 'canvas' } }),
  }));
}

/** The library state of the running app. */
export const libraryState: LibraryStateStore = createLibraryState();
