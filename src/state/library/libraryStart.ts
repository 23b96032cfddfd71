import { parseMapFile } from '../../domain/format/parseMapFile';
import type { DecisionMap } from '../../domain/records/map';
import { quotedMap } from '../../domain/words';
import { CURRENT_KEY, KEPT_KEY } from '../persistence/storage';
import { selectAnalysis } from '../store/selectors';
import {
  commitIndex,
  entryOf,
  readMap,
  showMap,
  takenIds,
  writeCopy,
  type LibraryContext,
} from './libraryContext';
import {
  EMPTY_INDEX,
  entryFor,
  findEntry,
  freshMapId,
  INDEX_KEY,
  nextToOpen,
  putEntry,
  readIndex,
  type LibraryEntry,
  type LibraryIndex,
} from './libraryIndex';

/*
 * Starting the library: read the index (or make it from the single map saved before the library
 * existed), then open the map opened last. Saved texts that cannot be opened are kept as they are and
 * listed as such; the user is told and can export them.
 */

/** Where an index that could not be read is put aside (never deleted). */
export const KEPT_INDEX_PREFIX = 'obvious:library:v1:kept:';

export const STORAGE_UNAVAILABLE_TEXT =
  'This browser does not let Obvious keep your maps: export a file to keep your work.';

/** Reads the index; an unreadable one is put aside and a new one started. */
async function readOrKeepIndex(ctx: LibraryContext, notices: string[]): Promise<LibraryIndex | null> {
  const raw = await ctx.storage.get(INDEX_KEY);
  const index = readIndex(raw);
  if (index !== 'refused') return index;
  await ctx.storage.set(`${KEPT_INDEX_PREFIX}${Date.now().toString(36)}`, raw);
  await ctx.storage.del(INDEX_KEY);
  notices.push('The list of maps saved in this browser could not be read; it is kept aside and a new list started.');
  return null;
}

/**
 * The single map saved before the library (`obvious:current`, and a refused copy at `obvious:kept`)
 * becomes the library's first entries. Their texts stay where they are; only the pointers go.
 */
async function migrateSingleMap(ctx: LibraryContext, notices: string[]): Promise<LibraryIndex | null> {
  const keys = new Set<string>();
  for (const pointer of [CURRENT_KEY, KEPT_KEY]) {
    const key = await ctx.storage.get(pointer);
    if (typeof key === 'string') keys.add(key);
  }
  if (keys.size === 0) return null;
  let index: LibraryIndex = EMPTY_INDEX;
  for (const key of keys) {
    const text = await ctx.storage.get(key);
    if (typeof text !== 'string') continue;
    const parsed = parseMapFile(text);
    const taken = new Set(index.maps.map((e) => e.id));
    let entry: LibraryEntry;
    if (parsed.ok && !taken.has(parsed.value.id)) {
      entry = entryFor(parsed.value, selectAnalysis({ map: parsed.value }), key, ctx.now());
      if (index.open === null) index = { ...index, open: entry.id };
    } else {
      const reason = parsed.ok ? 'another saved map has the same id' : parsed.error.summary;
      entry = {
        ...entryFor(refusedPlaceholder(freshMapId(taken)), { score: 0, constraint: null }, key, ctx.now()),
        refused: reason,
      };
      notices.push(refusedText(entry, reason));
    }
    index = putEntry(index, entry);
  }
  await ctx.storage.set(INDEX_KEY, index);
  await ctx.storage.del(CURRENT_KEY);
  await ctx.storage.del(KEPT_KEY);
  return index;
}

const refusedPlaceholder = (id: string): DecisionMap => ({
  id,
  title: 'Map saved earlier in this browser',
  decision: '',
  market: '',
  period: '',
  nodes: [],
  edges: [],
  plan: [],
});

/** The maps to try on start, best first: the one opened last, then others of its market, then the most recent. */
function openOrder(index: LibraryIndex): LibraryEntry[] {
  const order: LibraryEntry[] = [];
  const last = index.open === null ? undefined : findEntry(index, index.open);
  if (last && last.trashedAt === undefined && last.refused === undefined) order.push(last);
  let rest = index.maps;
  for (let next = nextToOpen(rest, last); next; next = nextToOpen(rest, last)) {
    order.push(next);
    rest = rest.filter((e) => e.id !== next?.id);
  }
  return order;
}

/**
 * Adds the sample (or, when it cannot be loaded, the empty map already shown) to the library and opens
 * it. When the browser refuses to keep it, it is shown all the same and the caller says so.
 */
async function openFirstMap(ctx: LibraryContext, loadSample: () => Promise<string>, notices: string[]): Promise<boolean> {
  let map: DecisionMap = ctx.store.getState().map;
  try {
    const parsed = parseMapFile(await loadSample());
    if (parsed.ok) map = parsed.value;
    else notices.push(`The sample map could not be opened: ${parsed.error.summary}`);
  } catch {
    notices.push('The sample map could not be loaded: start by adding an approver.');
  }
  if (takenIds(ctx).has(map.id)) map = { ...map, id: freshMapId(takenIds(ctx)) };
  try {
    const key = await writeCopy(ctx, map);
    await commitIndex(ctx, (index) => putEntry(index, entryOf(ctx, map, key)));
    await showMap(ctx, map, key);
    return true;
  } catch {
    ctx.open = { id: map.id, baseKey: null, lastSaved: map };
    ctx.store.getState().replaceMap(map);
    return false;
  }
}

const refusedText = (entry: LibraryEntry, reason: string): string =>
  `${quotedMap(entry)} could not be opened (${reason}). ` +
  'Its saved text is kept as it was: export it from the Library.';

/** Reads (or makes) the library and opens a map. Never throws: what goes wrong is said in a notice. */
export async function startLibrary(ctx: LibraryContext, loadSample: () => Promise<string>): Promise<void> {
  const notices: string[] = [];
  let storageWorks = true;
  try {
    ctx.index = (await readOrKeepIndex(ctx, notices)) ?? (await migrateSingleMap(ctx, notices)) ?? EMPTY_INDEX;
  } catch {
    storageWorks = false;
    notices.push(STORAGE_UNAVAILABLE_TEXT);
  }
  ctx.setLibrary({ entries: ctx.index.maps });
  const last = ctx.index.open === null ? undefined : findEntry(ctx.index, ctx.index.open);
  if (last?.refused !== undefined) notices.push(refusedText(last, last.refused));
  let opened = false;
  for (const entry of storageWorks ? openOrder(ctx.index) : []) {
    const read = await readMap(ctx, entry.id);
    if (read.ok) {
      await showMap(ctx, read.value, entry.key);
      opened = true;
      break;
    }
    notices.push(refusedText(entry, read.error));
  }
  if (!opened && !(await openFirstMap(ctx, loadSample, notices)) && storageWorks) {
    notices.push(STORAGE_UNAVAILABLE_TEXT);
  }
  if (notices.length > 0) ctx.store.getState().setNotice({ tone: 'warning', text: notices.join(' ') });
}
