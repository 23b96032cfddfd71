import { createStore as createIdbStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { MapStorage } from './storage';

/*
 * Keeping maps in this browser. The library (src/state/library/) keeps an index under
 * `obvious:library:v1` and each map's FORMAT.md text under `obvious:map:<id>:<rev>`, read back through the
 * domain's one parse path exactly like an opened file. Each save writes a NEW copy, then switches the
 * index to it, then deletes the old copy: a save interrupted at any step leaves the index on a complete copy.
 */

/** IndexedDB through idb-keyval; the database is opened on first use, so a browser without it fails a call, not the page. */
export function indexedDbStorage(): MapStorage {
  let store: UseStore | null = null;
  const db = () => (store ??= createIdbStore('obvious', 'maps'));
  return {
    get: async (key) => get(key, db()),
    set: async (key, value) => set(key, value, db()),
    del: async (key) => del(key, db()),
    update: async (key, updater) => update(key, updater, db()),
  };
}
