import { parseMapFile } from '../../domain/format/parseMapFile';
import { quoted } from '../../domain/words';
import { SAVE_FAILED_TEXT } from '../persistence/storage';
import {
  commitIndex,
  deleteCopy,
  entryOf,
  publish,
  refreshIndex,
  showMap,
  writeCopy,
  type LibraryContext,
} from './libraryContext';
import { findEntry, putEntry } from './libraryIndex';

/*
 * The open map's autosave, and what happens when another tab saves the same map.
 *
 * A save writes the map's text under a new key, then switches the map's index entry to it — only if the
 * entry still points at the copy this tab started from — then deletes that old copy. When the entry
 * points elsewhere, another tab saved in between: nothing is overwritten, the new copy is dropped and
 * the user chooses (`conflict`). When another tab says it saved the open map, this tab follows at once
 * if it has nothing unsaved, and otherwise asks the same question.
 */

/** True when the open map has changes that are not saved yet. */
export const hasUnsavedChanges = (ctx: LibraryContext): boolean => ctx.store.getState().map !== ctx.open.lastSaved;

function saveFailed(ctx: LibraryContext): void {
  const actions = ctx.store.getState();
  if (actions.saveStatus !== 'failed') actions.setNotice({ tone: 'error', text: SAVE_FAILED_TEXT });
  actions.setSaveStatus('failed');
}

function askAboutConflict(ctx: LibraryContext): void {
  const { map } = ctx.store.getState();
  ctx.setLibrary({ conflict: { id: map.id, title: map.title } });
  ctx.store.getState().setSaveStatus('unsaved');
}

/**
 * Saves the open map now if it changed. Returns false when it could not be saved (the browser refused,
 * or another tab saved it first and the user has not chosen yet): the map in memory is untouched.
 */
export async function saveOpenMap(ctx: LibraryContext): Promise<boolean> {
  const actions = () => ctx.store.getState();
  const map = actions().map;
  if (map === ctx.open.lastSaved) return true;
  if (ctx.store.getState().library.conflict) return false;
  if (map.id !== ctx.open.id) {
    // Another part of the app loaded a different map. It is saved under its own id; if the library already
    // holds a map with that id, the save below finds it and asks rather than overwrite it.
    ctx.open = { id: map.id, baseKey: null, lastSaved: null };
  }
  actions().setSaveStatus('saving');
  let key: string;
  try {
    key = await writeCopy(ctx, map);
  } catch {
    saveFailed(ctx);
    return false;
  }
  const base = ctx.open.baseKey;
  let theirs = false;
  try {
    await commitIndex(ctx, (index) => {
      const entry = findEntry(index, map.id);
      if (entry && entry.key !== base) {
        theirs = true;
        return index;
      }
      return putEntry(index, entryOf(ctx, map, key, entry));
    });
  } catch {
    await deleteCopy(ctx, key);
    saveFailed(ctx);
    return false;
  }
  if (theirs) {
    await deleteCopy(ctx, key);
    askAboutConflict(ctx);
    return false;
  }
  ctx.open = { id: map.id, baseKey: key, lastSaved: map };
  await deleteCopy(ctx, base);
  ctx.channel.post({ type: 'saved', id: map.id, key });
  publish(ctx);
  if (actions().map === map) actions().setSaveStatus('saved');
  return true;
}

/** Another tab saved map `id` under `key`: follow it, or ask when this tab has unsaved changes. */
export async function onSavedElsewhere(ctx: LibraryContext, id: string, key: string): Promise<void> {
  await refreshIndex(ctx);
  if (id !== ctx.open.id || key === ctx.open.baseKey) return;
  if (hasUnsavedChanges(ctx) || ctx.store.getState().library.conflict) {
    askAboutConflict(ctx);
    return;
  }
  if (await loadSavedVersion(ctx, id)) {
    ctx.store.getState().setNotice({
      tone: 'info',
      text: `${quoted(ctx.store.getState().map.title)} was changed in another tab: showing the latest version.`,
    });
  }
}

/** Shows the version of map `id` the index points at now (another tab's), dropping this tab's changes. */
export async function loadSavedVersion(ctx: LibraryContext, id: string): Promise<boolean> {
  const entry = findEntry(ctx.index, id);
  if (!entry) return false;
  const text = await ctx.storage.get(entry.key);
  const parsed = typeof text === 'string' ? parseMapFile(text) : null;
  if (!parsed?.ok) {
    ctx.store.getState().setNotice({
      tone: 'warning',
      text: `Another tab saved ${quoted(entry.title)}, but its copy could not be opened here; this tab keeps its version.`,
    });
    return false;
  }
  ctx.setLibrary({ conflict: null });
  await showMap(ctx, parsed.value, entry.key);
  ctx.store.getState().setSaveStatus('saved');
  return true;
}
