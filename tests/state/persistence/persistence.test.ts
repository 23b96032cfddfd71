import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMapFile } from '../../../src/domain/format/parseMapFile';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import { AUTOSAVE_DELAY_MS } from '../../../src/state/library/library';
import { INDEX_KEY, readIndex } from '../../../src/state/library/libraryIndex';
import {
  COPY_PREFIX,
  CURRENT_KEY,
  KEPT_KEY,
  SAVE_FAILED_TEXT,
  type MapStorage,
} from '../../../src/state/persistence/storage';
import type { WorkbenchStore } from '../../../src/state/store/types';
import { makeApprover, makeMap, makeProof, requires } from '../../builders';
import { storeWith } from '../helpers';

const EXPORTED_AT = '2026-11-24T10:00:00.000Z';
const sampleMap = makeMap({
  id: 'sample',
  title: 'Sample market',
  nodes: [makeApprover({ id: 'cfo', label: 'CFO' }), makeProof({ id: 'soc2' })],
  edges: [requires('cfo', 'soc2')],
});
const savedMap = makeMap({
  id: 'saved',
  title: 'Our market',
  nodes: [makeApprover({ id: 'ceo', label: 'CEO' })],
});

/** A key–value store in memory that logs every call; `failOn` makes chosen calls throw like a full disk. */
function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const log: string[] = [];
  let failOn: ((op: 'get' | 'set' | 'del', key: string) => boolean) | null = null;
  const fail = (op: 'get' | 'set' | 'del', key: string) => {
    if (failOn?.(op, key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const storage: MapStorage = {
    get: async (key) => {
      fail('get', key);
      return data.get(key);
    },
    set: async (key, value) => {
      fail('set', key);
      log.push(`set ${key.startsWith(COPY_PREFIX) ? 'copy' : key}`);
      data.set(key, value);
    },
    del: async (key) => {
      fail('del', key);
      log.push(`del ${key.startsWith(COPY_PREFIX) ? 'copy' : key}`);
      data.delete(key);
    },
  };
  return {
    storage,
    data,
    log,
    failWhen: (rule: typeof failOn) => {
      failOn = rule;
    },
    /** The saved text of the map the library opened last. */
    current: () => {
      const index = readIndex(data.get(INDEX_KEY));
      if (index === null || index === 'refused') return undefined;
      const entry = index.maps.find((e) => e.id === index.open);
      return entry ? data.get(entry.key) : undefined;
    },
  };
}

/** The single map saved before the library existed: `obvious:current` points at its copy. */
const savedCopy = (map = savedMap) => ({
  [CURRENT_KEY]: `${COPY_PREFIX}old`,
  [`${COPY_PREFIX}old`]: serializeMapFile(map, EXPORTED_AT),
});

let running: WorkbenchStore | null = null;
/** Starts the store's library on `storage` (the default autosave delay); `ready` settles once a map is shown. */
function start(
  store: WorkbenchStore,
  storage: MapStorage,
  loadSample = vi.fn(async () => serializeMapFile(sampleMap, EXPORTED_AT)),
) {
  running = store;
  const ready = store.getState().startLibrary({ storage, loadSample, now: () => EXPORTED_AT });
  return { ready, loadSample };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  running?.getState().closeLibrary();
  running = null;
  vi.useRealTimers();
});

describe('on start', () => {
  it('loads the saved map through the one parse path, not the sample, moving it into the library', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    const { ready, loadSample } = start(store, memory.storage);
    expect(store.getState().loading).toBe(true);
    await ready;
    expect(store.getState().map).toEqual(savedMap);
    expect(store.getState()).toMatchObject({ loading: false, saveStatus: 'saved' });
    expect(loadSample).not.toHaveBeenCalled();
    // The saved text stays where it was; only the old pointer goes, replaced by the library's index.
    expect(memory.log.filter((l) => l.endsWith('copy'))).toEqual([]);
    expect(memory.data.has(CURRENT_KEY)).toBe(false);
    expect(memory.current()).toBe(savedCopy()[`${COPY_PREFIX}old`]);
  });

  it('loads the sample when nothing is saved, keeps it as the library’s first map, and saves nothing more until something changes', async () => {
    const memory = memoryStorage();
    const store = storeWith();
    const { ready, loadSample } = start(store, memory.storage);
    await ready;
    expect(loadSample).toHaveBeenCalledTimes(1);
    expect(store.getState().map).toEqual(sampleMap);
    expect(memory.current()).toBe(serializeMapFile(sampleMap, EXPORTED_AT));
    const written = memory.log.length;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect(memory.log).toHaveLength(written);
  });

  it('keeps a refused saved copy untouched, shows the sample and says so', async () => {
    const broken = {
      [CURRENT_KEY]: `${COPY_PREFIX}old`,
      [`${COPY_PREFIX}old`]: '{"format":"obvious.decision-map","version":1,"map":{"nodes":[',
    };
    const memory = memoryStorage(broken);
    const store = storeWith();
    await start(store, memory.storage).ready;
    expect(store.getState().map).toEqual(sampleMap);
    expect(store.getState().notice).toMatchObject({ tone: 'warning' });
    expect(store.getState().notice?.text).toMatch(/could not be opened.*kept/);
    expect(memory.data.get(`${COPY_PREFIX}old`)).toBe(broken[`${COPY_PREFIX}old`]);
    // The library lists it as a map that could not be opened, pointing at the kept text.
    const index = readIndex(memory.data.get(INDEX_KEY));
    const kept =
      index !== null && index !== 'refused' ? index.maps.find((e) => e.refused !== undefined) : undefined;
    expect(kept?.key).toBe(`${COPY_PREFIX}old`);
    expect(memory.data.has(KEPT_KEY)).toBe(false);
    // Even after the next save, the refused copy is still there.
    store.getState().addNode('risk');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(memory.data.get(`${COPY_PREFIX}old`)).toBe(broken[`${COPY_PREFIX}old`]);
    expect(memory.data.has(`${COPY_PREFIX}old`)).toBe(true);
  });

  it('shows the sample and a notice when the browser’s storage cannot be read', async () => {
    const memory = memoryStorage(savedCopy());
    memory.failWhen((op) => op === 'get');
    const store = storeWith();
    await start(store, memory.storage).ready;
    expect(store.getState().map).toEqual(sampleMap);
    expect(store.getState().notice?.tone).toBe('warning');
  });

  it('keeps the empty map and says so when the sample cannot be fetched', async () => {
    const memory = memoryStorage();
    const store = storeWith();
    const before = store.getState().map;
    await start(
      store,
      memory.storage,
      vi.fn(async () => Promise.reject(new Error('offline'))),
    ).ready;
    expect(store.getState().map).toBe(before);
    expect(store.getState().notice?.text).toMatch(/sample map could not be loaded/);
    expect(store.getState().loading).toBe(false);
  });

  it('starts with an empty history: the loaded map cannot be undone away', async () => {
    const store = storeWith();
    await start(store, memoryStorage(savedCopy()).storage).ready;
    expect(store.temporal.getState().pastStates).toEqual([]);
  });
});

describe('autosave', () => {
  it('waits until 500 ms after the last change, then writes once', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    await start(store, memory.storage).ready;
    store.getState().addNode('proof');
    expect(store.getState().saveStatus).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(300);
    store.getState().updateMapFields({ period: '2026-Q4' });
    const before = memory.log.length;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(memory.log).toHaveLength(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(memory.log.slice(before)).toEqual(['set copy', `set ${INDEX_KEY}`, 'del copy']);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('never saves during a drag: sixty frames make one save after the drop', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    await start(store, memory.storage).ready;
    store.getState().beginDrag();
    for (let i = 0; i < 60; i++) {
      store.getState().moveNodes([{ id: 'ceo', position: { x: i * 4, y: i } }]);
      await vi.advanceTimersByTimeAsync(16);
    }
    store.getState().endDrag();
    expect(memory.log.filter((l) => l === 'set copy')).toEqual([]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(memory.log.filter((l) => l === 'set copy')).toHaveLength(1);
  });

  it('writes the new copy, then switches the index, then deletes the old copy; the text is the FORMAT.md file', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    await start(store, memory.storage).ready;
    const before = memory.log.length;
    store.getState().updateNode('ceo', { stance: 'champion' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(memory.log.slice(before)).toEqual(['set copy', `set ${INDEX_KEY}`, 'del copy']);
    expect(memory.data.has(`${COPY_PREFIX}old`)).toBe(false);
    expect(memory.current()).toBe(serializeMapFile(store.getState().map, EXPORTED_AT));
    const reread = parseMapFile(String(memory.current()));
    expect(reread.ok && reread.value).toEqual(store.getState().map);
    expect([...memory.data.keys()].filter((k) => k.startsWith(COPY_PREFIX))).toHaveLength(1);
  });

  it('a map saved, then loaded by a fresh start, is the same map', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    await start(store, memory.storage).ready;
    store.getState().addNode('friction', { label: 'Month-end freeze' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    running?.getState().closeLibrary();
    const again = storeWith();
    await start(again, memory.storage).ready;
    expect(again.getState().map).toEqual(store.getState().map);
  });

  it('saveNow saves at once (the page calls it when it is hidden)', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    const { ready } = start(store, memory.storage);
    await ready;
    store.getState().addNode('risk');
    await store.getState().saveNow();
    expect(memory.current()).toBe(serializeMapFile(store.getState().map, EXPORTED_AT));
  });

  it('stops when disposed', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    const { ready } = start(store, memory.storage);
    await ready;
    store.getState().closeLibrary();
    const before = memory.log.length;
    store.getState().addNode('risk');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(memory.log).toHaveLength(before);
  });
});

describe('a failed save', () => {
  it.each([
    ['writing the new copy', (op: string, key: string) => op === 'set' && key.startsWith(COPY_PREFIX)],
    ['switching the index', (op: string, key: string) => op === 'set' && key === INDEX_KEY],
  ])(
    '(quota exceeded while %s) keeps the map in memory and the last good copy, and says so',
    async (_, rule) => {
      const memory = memoryStorage(savedCopy());
      const store = storeWith();
      await start(store, memory.storage).ready;
      memory.failWhen(rule);
      store.getState().addNode('approver', { label: 'Legal counsel' });
      const edited = store.getState().map;
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
      expect(store.getState().saveStatus).toBe('failed');
      expect(store.getState().notice).toEqual({ tone: 'error', text: SAVE_FAILED_TEXT });
      expect(store.getState().map).toBe(edited);
      expect(memory.current()).toBe(serializeMapFile(savedMap, EXPORTED_AT));
      expect([...memory.data.keys()].filter((k) => k.startsWith(COPY_PREFIX))).toEqual([`${COPY_PREFIX}old`]);
    },
  );

  it('is tried again on the next change, and recovers when the browser has room again', async () => {
    const memory = memoryStorage(savedCopy());
    const store = storeWith();
    await start(store, memory.storage).ready;
    memory.failWhen((op) => op === 'set');
    store.getState().addNode('risk');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState().saveStatus).toBe('failed');
    memory.failWhen(null);
    store.getState().addNode('proof');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState().saveStatus).toBe('saved');
    expect(memory.current()).toBe(serializeMapFile(store.getState().map, EXPORTED_AT));
  });
});
