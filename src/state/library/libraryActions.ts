import type { DecisionMap } from '../../domain/records/map';
import { startNextQuarter } from '../../domain/quarters/startNextQuarter';
import { quoted, quotedMap } from '../../domain/words';
import { emptyMap } from '../../domain/records/map';
import type { ActionResult } from '../store/results';
import type { ConflictChoice } from './types';
import { loadSavedVersion, saveOpenMap } from './autosave';
import {
  commitIndex,
  deleteCopy,
  entryOf,
  readMap,
  refreshIndex,
  showMap,
  takenIds,
  titleWith,
  writeCopy,
  type LibraryContext,
} from './libraryContext';
import { changeEntry, findEntry, freshMapId, nextToOpen, putEntry, removeEntry } from './libraryIndex';

/*
 * What the user does to the library's maps. Each runs in the library's queue (library.ts), after the open
 * map's pending changes are saved, so switching maps never drops an edit.
 */

const notify = (ctx: LibraryContext, tone: 'info' | 'warning' | 'error', text: string) =>
  ctx.store.getState().setNotice({ tone, text });

/**
 * Saves the open map's changes before it is left. False (with a notice) when they cannot be saved:
 * the caller then stays where it is rather than drop them.
 */
export async function settleOpenMap(ctx: LibraryContext): Promise<boolean> {
  if (await saveOpenMap(ctx)) return true;
  notify(
    ctx,
    'error',
    ctx.store.getState().library.conflict
      ? 'First choose what to do with the change made in another tab.'
      : 'Your changes to this map are not saved yet: export it as a file before opening another map.',
  );
  return false;
}

/** Adds a new map to the library (written, listed, and told to other tabs); returns its key. */
async function addMap(ctx: LibraryContext, map: DecisionMap): Promise<string> {
  const key = await writeCopy(ctx, map);
  await commitIndex(ctx, (index) => putEntry(index, entryOf(ctx, map, key)));
  ctx.channel.post({ type: 'library' });
  return key;
}

export async function openMap(ctx: LibraryContext, id: string): Promise<boolean> {
  if (id === ctx.open.id) return true;
  if (!(await settleOpenMap(ctx))) return false;
  const entry = findEntry(ctx.index, id);
  if (!entry) return false;
  const read = await readMap(ctx, id);
  if (!read.ok) {
    notify(ctx, 'error', `${quoted(entry.title)} could not be opened (${read.error}). Its saved text is kept: export it from the Library.`);
    return false;
  }
  await showMap(ctx, read.value, findEntry(ctx.index, id)?.key ?? entry.key);
  return true;
}

/** A blank map, or a given one (the sample, a template) under a new id; opened, with a notice. */
export async function createMap(
  ctx: LibraryContext,
  from: DecisionMap | null,
  message: (map: DecisionMap) => string = (map) => `Created ${quoted(map.title)}.`,
): Promise<string | null> {
  if (!(await settleOpenMap(ctx))) return null;
  const id = freshMapId(takenIds(ctx));
  const map: DecisionMap = from ? { ...from, id } : emptyMap(id);
  const key = await addMap(ctx, map);
  await showMap(ctx, map, key);
  notify(ctx, 'info', message(map));
  return id;
}

/** Renames a map: the open one through the workbench (undoable), another one by saving a renamed copy. */
export async function renameMap(ctx: LibraryContext, id: string, title: string): Promise<ActionResult> {
  const wanted = title.trim();
  if (id === ctx.open.id) {
    const renamed = ctx.store.getState().updateMapFields({ title: wanted });
    if (renamed.ok) await saveOpenMap(ctx);
    return renamed;
  }
  if (wanted.length < 1 || wanted.length > 200) return { ok: false, message: 'A title has 1 to 200 characters.' };
  const entry = findEntry(ctx.index, id);
  const read = await readMap(ctx, id);
  if (!entry || !read.ok) return { ok: false, message: 'This map could not be opened, so it cannot be renamed.' };
  const renamed = { ...read.value, title: wanted };
  const key = await writeCopy(ctx, renamed);
  let moved = false;
  await commitIndex(ctx, (index) => {
    const now = findEntry(index, id);
    if (now?.key !== entry.key) {
      moved = true;
      return index;
    }
    return putEntry(index, entryOf(ctx, renamed, key, now));
  });
  if (moved) {
    await deleteCopy(ctx, key);
    return { ok: false, message: 'This map was just changed in another tab: try again.' };
  }
  await deleteCopy(ctx, entry.key);
  ctx.channel.post({ type: 'library' });
  return { ok: true };
}

/** A copy of a map under a new id and title "… (copy)"; the open map stays open. */
export async function duplicateMap(ctx: LibraryContext, id: string): Promise<string | null> {
  const read = await readMap(ctx, id);
  if (!read.ok) {
    notify(ctx, 'error', `This map could not be copied (${read.error}).`);
    return null;
  }
  const copy = { ...read.value, id: freshMapId(takenIds(ctx)), title: titleWith(read.value.title, ' (copy)') };
  await addMap(ctx, copy);
  notify(ctx, 'info', `Copied as ${quoted(copy.title)}.`);
  return copy.id;
}

/** Next quarter's map from this one (same node and plan ids, `basedOn` set, next period), opened. */
export async function startNextQuarterOf(ctx: LibraryContext, id: string): Promise<string | null> {
  if (!(await settleOpenMap(ctx))) return null;
  const read = await readMap(ctx, id);
  if (!read.ok) {
    notify(ctx, 'error', `Next quarter could not be started from this map (${read.error}).`);
    return null;
  }
  const source = read.value;
  const next = startNextQuarter(source, freshMapId(takenIds(ctx)));
  const key = await addMap(ctx, next);
  await showMap(ctx, next, key);
  const from = source.period ? ` from ${source.period}` : '';
  if (next.period) notify(ctx, 'info', `Started ${next.period}${from}: same approvers, proofs, risks, frictions and plan.`);
  else notify(ctx, 'warning', `Started the next period${from}: set its period in the Map panel.`);
  return next.id;
}

/** Moves a map to the trash (it can be restored). Leaving the open map opens another one, or a blank map. */
export async function trashMap(ctx: LibraryContext, id: string): Promise<void> {
  const entry = findEntry(ctx.index, id);
  if (!entry || entry.trashedAt !== undefined) return;
  if (id === ctx.open.id && !(await settleOpenMap(ctx))) return;
  await commitIndex(ctx, (index) => changeEntry(index, id, (e) => ({ ...e, trashedAt: ctx.now() })));
  ctx.channel.post({ type: 'library' });
  if (id === ctx.open.id) {
    const next = nextToOpen(ctx.index.maps, entry);
    const read = next ? await readMap(ctx, next.id) : null;
    if (next && read?.ok) await showMap(ctx, read.value, next.key);
    else {
      const blank = emptyMap(freshMapId(takenIds(ctx)));
      await showMap(ctx, blank, await addMap(ctx, blank));
    }
  }
  notify(ctx, 'info', `Moved ${quotedMap(entry)} to the trash: restore it from the Library.`);
}

export async function restoreMap(ctx: LibraryContext, id: string): Promise<void> {
  await commitIndex(ctx, (index) =>
    changeEntry(index, id, (entry) => {
      const { trashedAt: _gone, ...kept } = entry;
      return kept;
    }),
  );
  ctx.channel.post({ type: 'library' });
}

/** Deletes a map for good: only from the trash, or one whose saved text could not be opened. */
export async function purgeMap(ctx: LibraryContext, id: string): Promise<void> {
  const entry = findEntry(ctx.index, id);
  if (!entry || id === ctx.open.id || (entry.trashedAt === undefined && entry.refused === undefined)) return;
  await commitIndex(ctx, (index) => removeEntry(index, id));
  await deleteCopy(ctx, entry.key);
  ctx.channel.post({ type: 'library' });
}

/** Settles a conflict with another tab as the user chose. */
export async function resolveConflict(ctx: LibraryContext, choice: ConflictChoice): Promise<void> {
  const conflict = ctx.store.getState().library.conflict;
  if (!conflict) return;
  await refreshIndex(ctx).catch(() => undefined);
  const theirs = findEntry(ctx.index, conflict.id);
  if (choice === 'theirs') {
    if (theirs && (await loadSavedVersion(ctx, conflict.id))) return;
    ctx.setLibrary({ conflict: null });
    return;
  }
  ctx.setLibrary({ conflict: null });
  if (choice === 'overwrite') {
    ctx.open = { ...ctx.open, baseKey: theirs?.key ?? null };
    await saveOpenMap(ctx);
    return;
  }
  const mine = ctx.store.getState().map;
  const copy = { ...mine, id: freshMapId(takenIds(ctx)), title: titleWith(mine.title, ' (this tab’s version)') };
  await showMap(ctx, copy, await addMap(ctx, copy));
  notify(ctx, 'info', `Your version is kept as ${quoted(copy.title)}; the other tab’s version keeps the original title.`);
}
