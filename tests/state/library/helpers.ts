import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import {
  INDEX_KEY,
  readIndex,
  type LibraryEntry,
  type LibraryIndex,
} from '../../../src/state/library/libraryIndex';
import type { LibraryActions } from '../../../src/state/library/types';
import { COPY_PREFIX, type MapStorage } from '../../../src/state/persistence/storage';
import type { TabChannel, TabMessage } from '../../../src/state/persistence/tabChannel';
import type { WorkbenchStore } from '../../../src/state/store/types';
import { makeApprover, makeMap, makeProof, requires } from '../../builders';
import { storeWith } from '../helpers';

export const EXPORTED_AT = '2026-11-24T10:00:00.000Z';
export const DELAY = 500;

/** The sample map a new library starts with. */
export const sampleMap = makeMap({
  id: 'sample',
  title: 'Sample market',
  market: 'Mid-market finance',
  period: '2026-Q3',
  nodes: [
    makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' }),
    makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'missing' }),
  ],
  edges: [requires('cfo', 'soc2')],
});

type Operation = 'get' | 'set' | 'del';

/**
 * A key–value store in memory, shared by every "tab" a test opens on it. It logs writes
 * (`set copy`, `set obvious:library:v1`, `del copy`); `failWhen` makes chosen calls throw like a full disk.
 */
export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const log: string[] = [];
  let failOn: ((op: Operation, key: string) => boolean) | null = null;
  const fail = (op: Operation, key: string) => {
    if (failOn?.(op, key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const name = (key: string) => (key.startsWith(COPY_PREFIX) ? 'copy' : key);
  const storage: MapStorage = {
    get: async (key) => {
      fail('get', key);
      return structuredClone(data.get(key));
    },
    set: async (key, value) => {
      fail('set', key);
      log.push(`set ${name(key)}`);
      data.set(key, structuredClone(value));
    },
    del: async (key) => {
      fail('del', key);
      log.push(`del ${name(key)}`);
      data.delete(key);
    },
  };
  const index = (): LibraryIndex => {
    const read = readIndex(data.get(INDEX_KEY));
    if (read === null || read === 'refused') throw new Error('no readable index in storage');
    return read;
  };
  return {
    storage,
    data,
    log,
    failWhen: (rule: typeof failOn) => {
      failOn = rule;
    },
    index,
    entry: (id: string): LibraryEntry | undefined => index().maps.find((e) => e.id === id),
    /** Keys of every saved copy in storage. */
    copies: () => [...data.keys()].filter((k) => k.startsWith(COPY_PREFIX)),
  };
}

/** Channels between tabs of one test: what one tab posts, every other tab hears (synchronously, like a fast browser). */
export function tabHub() {
  const tabs = new Set<(message: TabMessage) => void>();
  const sent: TabMessage[] = [];
  const channel = (): TabChannel => {
    const listeners = new Set<(message: TabMessage) => void>();
    const deliver = (message: TabMessage) => listeners.forEach((l) => l(message));
    tabs.add(deliver);
    return {
      post: (message) => {
        sent.push(message);
        for (const tab of tabs) if (tab !== deliver) tab(message);
      },
      listen: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => tabs.delete(deliver),
    };
  };
  return { channel, sent };
}

export interface Tab {
  store: WorkbenchStore;
  /** Settles once the tab's library has started (a map is shown). */
  ready: Promise<void>;
  /** The store's library actions (stable functions of the store; read what the library shows in `store.getState().library`). */
  library: LibraryActions;
}

const open: WorkbenchStore[] = [];

/** A workbench store whose library is started on `storage`: one browser tab. */
export function openTab(
  storage: MapStorage,
  options: { channel?: TabChannel; sample?: DecisionMap; now?: () => string } = {},
): Tab {
  const store = storeWith(makeMap({ id: 'before-start', title: 'Empty' }));
  const ready = store.getState().startLibrary({
    storage,
    loadSample: async () => serializeMapFile(options.sample ?? sampleMap, EXPORTED_AT),
    delayMs: DELAY,
    now: options.now ?? (() => EXPORTED_AT),
    ...(options.channel ? { channel: options.channel } : {}),
  });
  open.push(store);
  return { store, ready, library: store.getState() };
}

/** Closes the library of every tab the test opened (call in afterEach). */
export function closeTabs(): void {
  for (const store of open.splice(0)) store.getState().closeLibrary();
}

/** A library whose storage already holds `maps` (the first one opened last). */
export async function libraryWith(maps: DecisionMap[], options: { channel?: TabChannel } = {}) {
  const memory = memoryStorage();
  const seed = openTab(memory.storage, { sample: maps[0] ?? sampleMap });
  await seed.ready;
  for (const map of maps.slice(1)) await seed.library.openFile(serializeMapFile(map, EXPORTED_AT));
  if (maps[0]) await seed.library.openMap(maps[0].id);
  seed.library.closeLibrary();
  const tab = openTab(memory.storage, options);
  await tab.ready;
  memory.log.length = 0;
  return { memory, ...tab };
}

export const liveIds = (store: WorkbenchStore): string[] =>
  store
    .getState()
    .library.entries.filter((e) => e.trashedAt === undefined)
    .map((e) => e.id);
