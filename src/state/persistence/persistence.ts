import { createStore as createIdbStore, del, get, set, update, type UseStore } from 'idb-keyval';
import { createLibrary } from '../library/library';
import type { Library } from '../library/libraryTypes';
import type { LibraryStateStore } from '../library/libraryState';
import type { MapStorage } from './storage';
import { browserTabChannel, type TabChannel } from './tabChannel';
import type { WorkbenchStore } from '../store/types';

/*
 * Keeping maps in this browser. Since the library, the browser keeps many maps (src/state/library/):
 * an index under `obvious:library:v1` and each map's FORMAT.md text under `obvious:map:<id>:<rev>`,
 * read back through the domain's one parse path exactly like an opened file. Each save writes a NEW
 * copy, then switches the index to it, then deletes the old copy: a save interrupted at any step
 * leaves the index on a complete copy.
 */

export { COPY_PREFIX, CURRENT_KEY, KEPT_KEY, SAVE_FAILED_TEXT, type MapStorage } from './storage';
export const AUTOSAVE_DELAY_MS = 500;

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

async function fetchSample(): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}sample-map.json`);
  if (!response.ok) throw new Error(`the sample map could not be fetched (HTTP ${response.status})`);
  return response.text();
}

export interface PersistenceOptions {
  storage?: MapStorage;
  /** Text of the map shown when nothing is saved (default: fetch /sample-map.json). */
  loadSample?: () => Promise<string>;
  delayMs?: number;
  /** `exportedAt` of saved copies. */
  now?: () => string;
  /** How tabs tell each other what they saved (default: BroadcastChannel where the browser has it). */
  channel?: TabChannel;
  /** The library's list and views (default: the app's). */
  libraryState?: LibraryStateStore;
}

/** Disposes autosave; `ready` settles once the first map is loaded; `flush` saves now if anything waits. */
export type PersistenceHandle = (() => void) & { ready: Promise<void>; flush: () => Promise<void>; library: Library };

/**
 * Starts the library on `store`: opens the map opened last (or the sample in a new library), then
 * autosaves every change of the open map, debounced, and at once when the page is hidden.
 */
export function initPersistence(store: WorkbenchStore, options: PersistenceOptions = {}): PersistenceHandle {
  const library = createLibrary(store, {
    storage: options.storage ?? indexedDbStorage(),
    loadSample: options.loadSample ?? fetchSample,
    delayMs: options.delayMs ?? AUTOSAVE_DELAY_MS,
    ...(options.now ? { now: options.now } : {}),
    channel: options.channel ?? browserTabChannel(),
    ...(options.libraryState ? { state: options.libraryState } : {}),
  });
  const onHide = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') void library.flush();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
  }
  const dispose = () => {
    library.dispose();
    if (hasWindow) {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    }
  };
  return Object.assign(dispose, { ready: library.ready, flush: library.flush, library });
}
