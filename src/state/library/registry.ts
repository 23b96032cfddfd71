import type { WorkbenchStore } from '../store/types';
import type { Library } from './libraryTypes';

/*
 * Which library keeps a workbench store's maps. Opening a file (files.ts) and the library's commands
 * find it here; a store without one (most unit tests) opens files the old way, replacing its map.
 */

const libraries = new WeakMap<WorkbenchStore, Library>();
let attached = 0;

export function attachLibrary(store: WorkbenchStore, library: Library): () => void {
  libraries.set(store, library);
  attached++;
  return () => {
    if (libraries.get(store) !== library) return;
    libraries.delete(store);
    attached--;
  };
}

export const libraryOf = (store: WorkbenchStore): Library | undefined => libraries.get(store);

/** Whether any store has a library (the commands' `enabled` sees the state, not the store). */
export const hasLibrary = (): boolean => attached > 0;
