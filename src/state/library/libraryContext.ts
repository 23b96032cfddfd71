import { parseMapFile } from '../../domain/format/parseMapFile';
import { serializeMapFile } from '../../domain/format/serialize';
import type { DecisionMap } from '../../domain/records/map';
import { err, ok, type Result } from '../../domain/result';
import type { StoreApi } from 'zustand/vanilla';
import type { MapStorage } from '../persistence/storage';
import { selectAnalysis } from '../store/selectors';
import type { WorkbenchState } from '../store/types';
import {
  changeEntry,
  copyKey,
  EMPTY_INDEX,
  entryFor,
  findEntry,
  INDEX_KEY,
  readIndex,
  type LibraryEntry,
  type LibraryIndex,
} from './libraryIndex';
import type { LibraryState } from './types';
import type { TabChannel } from '../persistence/tabChannel';

/**
 * What the library's parts share: where things are kept, the index as last read or written, and the open
 * map's place in storage. `baseKey` is the saved copy the open map started from: a save only replaces it
 * when the index still points there (otherwise another tab saved in between).
 */
export interface LibraryContext {
  /** The workbench store: its map, its session, and (under `library`) what the library shows. */
  store: StoreApi<WorkbenchState>;
  storage: MapStorage;
  /** Changes what the library shows (the store's `library`). */
  setLibrary: (patch: Partial<LibraryState>) => void;
  channel: TabChannel;
  now: () => string;
  index: LibraryIndex;
  open: { id: string | null; baseKey: string | null; lastSaved: DecisionMap | null };
  /** Maps already read, by storage key (a key is never reused for other text). */
  cache: Map<string, DecisionMap>;
}

/** Shows the index and the open map in the library's state. */
export function publish(ctx: LibraryContext): void {
  ctx.setLibrary({ entries: ctx.index.maps, openId: ctx.open.id });
}

/**
 * Changes the index in storage in one step (atomically where the storage can: IndexedDB), starting from
 * what storage holds now, so another tab's entries are never dropped. `change` may return the index it
 * was given to write nothing new.
 */
export async function commitIndex(
  ctx: LibraryContext,
  change: (index: LibraryIndex) => LibraryIndex,
): Promise<LibraryIndex> {
  let next: LibraryIndex = ctx.index;
  const apply = (raw: unknown): LibraryIndex => {
    const stored = readIndex(raw);
    if (stored === 'refused') throw new Error('the library index in this browser cannot be read');
    next = change(stored ?? EMPTY_INDEX);
    return next;
  };
  if (ctx.storage.update) await ctx.storage.update(INDEX_KEY, apply);
  else await ctx.storage.set(INDEX_KEY, apply(await ctx.storage.get(INDEX_KEY)));
  ctx.index = next;
  publish(ctx);
  return next;
}

/** Reads the index again (another tab changed it). */
export async function refreshIndex(ctx: LibraryContext): Promise<void> {
  const stored = readIndex(await ctx.storage.get(INDEX_KEY));
  if (stored === 'refused') return;
  ctx.index = stored ?? EMPTY_INDEX;
  publish(ctx);
}

/** Writes a map's text under a new key; returns the key. Throws when the browser refuses. */
export async function writeCopy(ctx: LibraryContext, map: DecisionMap): Promise<string> {
  const key = copyKey(map.id);
  await ctx.storage.set(key, serializeMapFile(map, ctx.now()));
  ctx.cache.set(key, map);
  return key;
}

export async function deleteCopy(ctx: LibraryContext, key: string | null): Promise<void> {
  if (key === null) return;
  ctx.cache.delete(key);
  await ctx.storage.del(key).catch(() => undefined); // an orphan copy is harmless
}

/** The index entry for `map` saved under `key`, keeping what the entry already said about the trash. */
export function entryOf(ctx: LibraryContext, map: DecisionMap, key: string, previous?: LibraryEntry): LibraryEntry {
  const entry = entryFor(map, selectAnalysis({ map }), key, ctx.now());
  return previous?.trashedAt === undefined ? entry : { ...entry, trashedAt: previous.trashedAt };
}

/**
 * A saved map, through the domain's one parse path. A text that is refused is kept as it is and its entry
 * marked `refused` (so the list says so and offers the raw text); a text that has gone missing is looked
 * for once more under the index's current key (another tab may have saved a newer copy meanwhile).
 */
export async function readMap(ctx: LibraryContext, id: string): Promise<Result<DecisionMap, string>> {
  if (id === ctx.open.id) return ok(ctx.store.getState().map);
  for (let attempt = 0; attempt < 2; attempt++) {
    const entry = findEntry(ctx.index, id);
    if (!entry) return err('it is not in the library');
    if (entry.refused !== undefined) return err(entry.refused);
    const cached = ctx.cache.get(entry.key);
    if (cached) return ok(cached);
    const text = await ctx.storage.get(entry.key);
    if (typeof text !== 'string') {
      if (attempt === 0) {
        await refreshIndex(ctx);
        continue;
      }
      return err(await markRefused(ctx, id, 'its saved text is missing'));
    }
    const parsed = parseMapFile(text);
    if (parsed.ok) {
      ctx.cache.set(entry.key, parsed.value);
      return parsed;
    }
    return err(await markRefused(ctx, id, parsed.error.summary));
  }
  return err('it could not be read');
}

async function markRefused(ctx: LibraryContext, id: string, reason: string): Promise<string> {
  await commitIndex(ctx, (index) => changeEntry(index, id, (entry) => ({ ...entry, refused: reason }))).catch(
    () => undefined,
  );
  return reason;
}

/**
 * Puts `map` (saved under `key`) in the workbench: it becomes the open map, with a clean history, and the
 * index remembers it as the map to show on the next start.
 */
export async function showMap(ctx: LibraryContext, map: DecisionMap, key: string | null): Promise<void> {
  ctx.open = { id: map.id, baseKey: key, lastSaved: map };
  const shown = ctx.store.getState().replaceMap(map);
  if (!shown.ok) throw new Error(shown.message);
  publish(ctx);
  await commitIndex(ctx, (index) => (index.open === map.id ? index : { ...index, open: map.id })).catch(
    () => undefined,
  );
}

/** Ids the library already uses (the trash included). */
export const takenIds = (ctx: LibraryContext): Set<string> => new Set(ctx.index.maps.map((e) => e.id));

/** Titles stay within FORMAT.md's 200 characters when a word is added to them. */
export const titleWith = (title: string, suffix: string): string => `${title.slice(0, 200 - suffix.length)}${suffix}`;
