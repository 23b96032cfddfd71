import { createStore as createIdbStore, del, get, set, type UseStore } from 'idb-keyval';
import { parseMapFile } from '../domain/format/parseMapFile';
import { serializeMapFile } from '../domain/format/serialize';
import type { DecisionMap } from '../domain/records/map';
import { randomSuffix } from './ids';
import type { WorkbenchStore } from './types';

/*
 * Autosave in this browser. The map is written as FORMAT.md file text (the same bytes Export JSON
 * writes) and read back through the domain's one parse path, exactly like an opened file.
 *
 * Each save writes a NEW copy under a new key, then points CURRENT_KEY at it, then deletes the old
 * copy: a save interrupted at any step leaves the pointer on a complete copy.
 */

/** Where saved maps live: a key–value store (IndexedDB in the app, memory in tests). */
export interface MapStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

export const CURRENT_KEY = 'obvious:current';
export const COPY_PREFIX = 'obvious:map:';
/** Points at a saved copy that could not be opened: it is kept, never deleted. */
export const KEPT_KEY = 'obvious:kept';
export const AUTOSAVE_DELAY_MS = 500;
export const SAVE_FAILED_TEXT = 'Could not save in this browser: export a file to keep your work.';

/** IndexedDB through idb-keyval; the database is opened on first use, so a browser without it fails a call, not the page. */
export function indexedDbStorage(): MapStorage {
  let store: UseStore | null = null;
  const db = () => (store ??= createIdbStore('obvious', 'maps'));
  return {
    get: async (key) => get(key, db()),
    set: async (key, value) => set(key, value, db()),
    del: async (key) => del(key, db()),
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
}

/** Disposes autosave; `ready` settles once the first map is loaded; `flush` saves now if anything waits. */
export type PersistenceHandle = (() => void) & { ready: Promise<void>; flush: () => Promise<void> };

/**
 * Loads the last saved map (or the sample when nothing is saved, or when the saved copy is refused —
 * which is then kept untouched), then autosaves every change of the map, debounced.
 */
export function initPersistence(store: WorkbenchStore, options: PersistenceOptions = {}): PersistenceHandle {
  const storage = options.storage ?? indexedDbStorage();
  const loadSample = options.loadSample ?? fetchSample;
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const now = options.now ?? (() => new Date().toISOString());
  const actions = () => store.getState();

  let disposed = false;
  /** Nothing is written before the saved map (or the sample) is in place: an early save would replace it. */
  let loaded = false;
  let currentKey: string | null = null;
  let lastSaved: DecisionMap | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> | null = null;
  let unsubscribe = () => {};

  const failed = () => {
    if (actions().saveStatus !== 'failed') actions().setNotice({ tone: 'error', text: SAVE_FAILED_TEXT });
    actions().setSaveStatus('failed');
  };

  async function writeCopy(map: DecisionMap): Promise<void> {
    const text = serializeMapFile(map, now());
    const key = `${COPY_PREFIX}${Date.now().toString(36)}-${randomSuffix()}`;
    actions().setSaveStatus('saving');
    try {
      await storage.set(key, text);
    } catch {
      failed();
      return;
    }
    try {
      await storage.set(CURRENT_KEY, key);
    } catch {
      failed();
      await storage.del(key).catch(() => undefined);
      return;
    }
    const old = currentKey;
    currentKey = key;
    lastSaved = map;
    if (old !== null) await storage.del(old).catch(() => undefined); // an orphan copy is harmless
    if (actions().map === lastSaved) actions().setSaveStatus('saved');
  }

  async function save(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!loaded) return;
    while (saving) await saving;
    const map = actions().map;
    if (map === lastSaved) return;
    saving = writeCopy(map).finally(() => {
      saving = null;
    });
    await saving;
    if (!disposed && actions().map !== lastSaved && actions().saveStatus !== 'failed') schedule();
  }

  function schedule(): void {
    if (disposed) return;
    if (timer !== null) clearTimeout(timer);
    if (actions().saveStatus !== 'failed') actions().setSaveStatus('unsaved');
    timer = setTimeout(() => void save(), delay);
  }

  async function readSaved(): Promise<{ key: string; text: string } | null> {
    const key = await storage.get(CURRENT_KEY);
    if (typeof key !== 'string') return null;
    const text = await storage.get(key);
    return typeof text === 'string' ? { key, text } : null;
  }

  async function showSample(): Promise<void> {
    try {
      const parsed = parseMapFile(await loadSample());
      if (parsed.ok) actions().replaceMap(parsed.value);
      else
        actions().setNotice({
          tone: 'error',
          text: `The sample map could not be opened: ${parsed.error.summary}`,
        });
    } catch {
      actions().setNotice({
        tone: 'warning',
        text: 'The sample map could not be loaded: start by adding an approver.',
      });
    }
  }

  async function load(): Promise<void> {
    actions().setLoading(true);
    let saved: { key: string; text: string } | null = null;
    try {
      saved = await readSaved();
    } catch {
      actions().setNotice({
        tone: 'warning',
        text: 'This browser does not let Obvious keep your map: export a file to keep your work.',
      });
    }
    if (saved) {
      const parsed = parseMapFile(saved.text);
      if (parsed.ok && actions().replaceMap(parsed.value).ok) {
        currentKey = saved.key;
      } else {
        // Not made current: no save ever deletes it. KEPT_KEY says where it is.
        await storage.set(KEPT_KEY, saved.key).catch(() => undefined);
        await showSample();
        const why = parsed.ok ? '' : ` (${parsed.error.summary})`;
        actions().setNotice({
          tone: 'warning',
          text: `The map saved in this browser could not be opened${why}. It is kept as it was; showing the sample map.`,
        });
      }
    } else {
      await showSample();
    }
    lastSaved = actions().map;
    loaded = true;
    actions().setSaveStatus('saved');
    actions().setLoading(false);
    if (disposed) return;
    unsubscribe = store.subscribe((state, previous) => {
      if (state.map !== previous.map) schedule();
    });
  }

  const onHide = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') void save();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
  }

  const ready = load();
  const dispose = () => {
    disposed = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    unsubscribe();
    if (hasWindow) {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    }
  };
  return Object.assign(dispose, { ready, flush: save });
}
